package com.intelliclaim.engine.api;

import com.intelliclaim.engine.store.StoredChunk;
import com.intelliclaim.engine.testing.ChildJvm;
import com.intelliclaim.engine.testing.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kill -9 during an ingest: every document in the store is whole (all its chunks, findable), and the next run
 * indexes what is missing and skips what is there.
 */
class EngineCrashTest {
    private static final int FILES = 12;

    @TempDir
    Path tmp;

    @Test
    void aKilledIngestLeavesWholeDocumentsAndTheNextRunFinishesTheJob() throws Exception {
        Path docs = Files.createDirectories(tmp.resolve("docs"));
        for (int i = 0; i < FILES; i++) {
            List<String> lines = new ArrayList<>();
            for (int clause = 1; clause <= 40; clause++) {
                lines.add(i + "." + clause + " Benefit " + clause + " of schedule " + i
                        + " covers hospitalisation expenses up to Rs " + (clause * 1000) + " per policy year.");
            }
            Files.write(docs.resolve(String.format("schedule-%02d.pdf", i)), TestPdfs.builder().page(lines).build());
        }
        Path data = tmp.resolve("data");
        try (ChildJvm child = ChildJvm.start(EngineIngestChild.class, data.toString(), docs.toString())) {
            child.awaitLine("finished", Duration.ofMinutes(2));
            child.awaitLine("finished", Duration.ofMinutes(2));
            child.kill();
        }
        int before;
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(data))) {
            List<DocumentInfo> stored = engine.documents();
            before = stored.size();
            assertThat(before).isBetween(2, FILES);
            for (DocumentInfo doc : stored) {
                List<StoredChunk> chunks = engine.chunks(doc.id());
                assertThat(chunks).hasSize(doc.chunks()).isNotEmpty();
                assertThat(engine.search(new SearchRequest("hospitalisation expenses", 1, doc.sha256())))
                        .as("document %s is searchable", doc.name()).hasSize(1);
            }
            IngestReport rerun = engine.ingest(List.of(docs), IngestListener.NONE);
            assertThat(rerun.count(FileOutcome.Status.ALREADY_INDEXED)).isEqualTo(before);
            assertThat(rerun.count(FileOutcome.Status.INDEXED)).isEqualTo(FILES - before);
            assertThat(engine.documents()).hasSize(FILES);
        }
    }
}
