package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.testing.TestDocx;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Word policy through the whole engine: a benefit-table row is found with its column header. */
class EngineDocxTest {
    @TempDir
    Path tmp;

    @Test
    void roomRentForPlanAFindsTheTableRowWithItsHeader() throws Exception {
        Path docx = Files.write(tmp.resolve("benefits.docx"), TestDocx.builder()
                .heading(1, "Schedule of Benefits")
                .paragraph("The limits below apply per hospitalisation unless stated otherwise.")
                .table(List.of(List.of("Benefit", "Plan A", "Plan B"),
                        List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                        List.of("ICU charges", "2% of SI per day", "5% of SI per day"),
                        List.of("Ambulance", "Rs. 1,000", "Rs. 2,000")))
                .pageBreak()
                .heading(1, "Exclusions")
                .paragraph("Cosmetic treatment and spectacles are not covered under any plan.")
                .build());

        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            IngestReport report = engine.ingest(List.of(docx), IngestListener.NONE);

            assertThat(report.outcomes()).singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(FileOutcome.Status.INDEXED));
            SearchHit top = engine.search(SearchRequest.of("room rent for Plan A", 3)).get(0);
            assertThat(top.documentName()).isEqualTo("benefits.docx");
            assertThat(top.page()).isEqualTo(1);
            assertThat(top.heading()).contains("Schedule of Benefits");
            assertThat(top.text()).contains("Room rent | Plan A: 1% of SI per day");
        }
    }
}
