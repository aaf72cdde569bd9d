package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.testing.SamplePolicy;
import com.intelliclaim.engine.testing.TestSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the desktop's sync indicator reads from a pass, against s3proxy and a real PostgreSQL: progress while sending
 * (n of m) and receiving (total unknown), and who sent each teammate's document taken here.
 */
class SyncProgressTest {
    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    @TempDir
    Path tmp;

    private record Step(long done, long total, String message) {
    }

    @Test
    void aPassReportsSendingAndReceivingAndRemembersWhoSentEachTeamDocument() throws Exception {
        byte[] pdf = SamplePolicy.pdf();
        Path file = Files.write(tmp.resolve("policy.pdf"), pdf);
        String sha = TestSources.sha256(pdf);
        List<Step> sending = new CopyOnWriteArrayList<>();
        List<Step> receiving = new CopyOnWriteArrayList<>();

        try (IntelliClaimEngine asha = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("asha")))) {
            asha.ingest(List.of(file), IngestListener.NONE);
            asha.sync(settings("Asha"), (done, total, message) -> sending.add(new Step(done, total, message)));
            assertThat(asha.teamDocumentSenders()).as("own documents have no sender").isEmpty();
        }
        try (IntelliClaimEngine bala = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("bala")))) {
            SyncReport report = bala.sync(settings("Bala"),
                    (done, total, message) -> receiving.add(new Step(done, total, message)));
            assertThat(report.receivedDocuments()).isEqualTo(1);
            assertThat(bala.teamDocumentSenders()).containsExactly(java.util.Map.entry(sha, "Asha"));
        }

        assertThat(sending).contains(new Step(1, 1, "Sending changes"));
        assertThat(receiving).isNotEmpty().allSatisfy(step -> assertThat(step.total()).isEqualTo(-1))
                .last().extracting(Step::done).isEqualTo(1L);
    }

    private static SyncSettings settings(String analyst) {
        return backend.syncSettings(analyst, 1,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(40), new Random(1)));
    }
}
