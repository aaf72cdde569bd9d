package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.testing.TestScans;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scans through the whole engine: OCR'd pages are indexed, found with their page and keep their confidence. */
class EngineOcrTest {
    @TempDir
    Path tmp;

    @Test
    void aScannedPageAndAPhotographedLetterAreFoundWithTheirPages() throws Exception {
        TestScans.assumeTesseract();
        Path scan = Files.write(tmp.resolve("scanned-policy.pdf"), TestScans.pdf(List.of(
                List.of("1. DEFINITIONS", "1.1 Hospital means an institution for in-patient care registered with",
                        "the local authorities under the Clinical Establishments Act."),
                List.of("SCAN:", "4. WAITING PERIODS", "4.2 Cataract surgery is covered after a waiting period of",
                        "twenty four months from the first policy start date."))));
        Path letter = Files.write(tmp.resolve("letter.png"), TestScans.png(List.of(
                "Dear Sir, the insured underwent an appendectomy at City Hospital",
                "and requests reimbursement of the hospital bill.")));

        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            IngestReport report = engine.ingest(List.of(scan, letter), IngestListener.NONE);

            assertThat(report.outcomes()).allSatisfy(o -> assertThat(o.status()).isEqualTo(FileOutcome.Status.INDEXED));
            SearchHit cataract = engine.search(SearchRequest.of("waiting period for cataract surgery", 3)).get(0);
            assertThat(cataract.documentName()).isEqualTo("scanned-policy.pdf");
            assertThat(cataract.clause()).startsWith("4");
            assertThat(cataract.heading()).containsIgnoringCase("waiting periods");
            assertThat(cataract.page()).isEqualTo(2);
            assertThat(cataract.text()).contains("twenty four");
            SearchHit appendix = engine.search(SearchRequest.of("appendectomy reimbursement", 3)).get(0);
            assertThat(appendix.documentName()).isEqualTo("letter.png");
            assertThat(appendix.page()).isEqualTo(1);

            long scanId = engine.documents().stream().filter(d -> d.name().equals("scanned-policy.pdf"))
                    .findFirst().orElseThrow().id();
            List<PageText> pages = engine.pages(scanId);
            assertThat(pages.get(0).isOcr()).isFalse();
            assertThat(pages.get(1).ocrConfidence().orElseThrow()).isBetween(80.0, 100.0);
        }
    }
}
