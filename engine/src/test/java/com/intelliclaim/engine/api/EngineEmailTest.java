package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.testing.TestMails;
import com.intelliclaim.engine.testing.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An e-mail through the whole engine: its attachments become documents of their own, linked to it. */
class EngineEmailTest {
    @TempDir
    Path tmp;

    @Test
    void attachmentsAreIndexedAsDocumentsLinkedToTheEmail() throws Exception {
        byte[] bill = TestPdfs.ofPages("FINAL BILL\nCataract surgery of the left eye: lens and theatre charges"
                + " Rs. 38,500 at Sunrise Eye Hospital.");
        Path eml = Files.write(tmp.resolve("claim.eml"), TestMails.withAttachments("Claim 4711: hospital bill",
                "Please find the final bill attached.", "bill.pdf", bill,
                "unknown.bin", new byte[] {0, 1, 2, 3, 0, 1, 2, 3}));

        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            IngestReport report = engine.ingest(List.of(eml), IngestListener.NONE);

            assertThat(report.outcomes()).extracting(o -> o.file().getFileName().toString(), FileOutcome::status)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("claim.eml", FileOutcome.Status.INDEXED),
                            org.assertj.core.groups.Tuple.tuple("claim.eml › bill.pdf", FileOutcome.Status.INDEXED),
                            org.assertj.core.groups.Tuple.tuple("claim.eml › unknown.bin", FileOutcome.Status.FAILED));
            DocumentInfo mail = document(engine, "claim.eml");
            DocumentInfo attached = document(engine, "claim.eml › bill.pdf");
            assertThat(mail.parentSha256()).isNull();
            assertThat(attached.parentSha256()).isEqualTo(mail.sha256());
            assertThat(attached.mediaType()).isEqualTo("application/pdf");
            SearchHit top = engine.search(SearchRequest.of("cataract lens theatre charges", 3)).get(0);
            assertThat(top.documentName()).isEqualTo("claim.eml › bill.pdf");
            assertThat(engine.search(SearchRequest.of("Claim 4711 hospital bill", 3)))
                    .extracting(SearchHit::documentName).contains("claim.eml");
        }
    }

    private static DocumentInfo document(IntelliClaimEngine engine, String name) {
        return engine.documents().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }
}
