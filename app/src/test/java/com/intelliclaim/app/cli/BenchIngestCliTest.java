package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.SamplePdfs;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench ingest} end to end on a generated policy PDF: stages, CPU and JIT figures, embedding-only ratio. */
class BenchIngestCliTest {
    @TempDir
    Path folder;

    @Test
    void reportsEachRunsStagesCpuAndTheEmbeddingOnlyRatio() throws Exception {
        Path policy = SamplePdfs.policy(folder.resolve("policy.pdf"));

        CliRun run = CliRun.of("bench", "ingest", "--no-baseline", "--runs", "2", policy.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("IntelliClaim ingest run 1 of 2 (cold)", "IntelliClaim ingest run 2 of 2 (warm)")
                .containsPattern("parsing +\\d+ ms")
                .containsPattern("embedding +\\d+ ms")
                .containsPattern("process CPU during the ingest \\d+\\.\\d s on \\d+ cores; JIT compilers at work"
                        + " \\d+\\.\\d s")
                .containsPattern("ingest / embedding-only = \\d+\\.\\d\\d")
                .containsPattern("Peak RSS of this process: \\d+ MB")
                .doesNotContain("FAILED").doesNotContain("langchain4j baseline");
    }
}
