package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.testing.TestPdfs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A PDF policy through the whole engine: a benefit-table row is found with its column header. */
class EnginePdfTableTest {
    @TempDir
    Path tmp;

    @Test
    void roomRentForPlanAFindsTheTableRowWithPlanAsValue() throws Exception {
        float[] columns = {72, 250, 400};
        Path pdf = Files.write(tmp.resolve("benefits.pdf"), TestPdfs.builder()
                .page("SECTION 3 COVER",
                        "3.1 The company pays the reasonable and customary expenses of hospitalisation for",
                        "illness or injury during the policy period, up to the sum insured and the limits below.",
                        "3.2 Room rent is payable for the days of admission only; other charges are payable in",
                        "proportion to the room rent limit of the plan chosen in the schedule.")
                .tablePage(List.of("SCHEDULE OF BENEFITS"), columns, List.of(
                        List.of("Benefit", "Plan A", "Plan B"),
                        List.of("Sum insured", "Rs 3,00,000", "Rs 5,00,000"),
                        List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                        List.of("ICU charges", "2% of SI per day", "4% of SI per day"),
                        List.of("Ambulance", "Rs 1,000 per claim", "Rs 2,000 per claim"),
                        List.of("Cataract surgery", "Rs 25,000 per eye", "Rs 40,000 per eye"),
                        List.of("Health check-up", "Rs 1,500 every 3 years", "Rs 2,500 every 2 years"),
                        List.of("Maternity", "Not covered", "Rs 50,000 after 24 months")),
                        List.of("The limits apply per insured person and per policy year unless stated otherwise."))
                .page("SECTION 4 EXCLUSIONS",
                        "4.1 Cosmetic treatment, spectacles and contact lenses are not covered under any plan.",
                        "4.2 Treatment outside India is not covered.")
                .build());

        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            IngestReport report = engine.ingest(List.of(pdf), IngestListener.NONE);

            assertThat(report.outcomes()).singleElement()
                    .satisfies(o -> assertThat(o.status()).isEqualTo(FileOutcome.Status.INDEXED));
            List<SearchHit> hits = engine.search(SearchRequest.of("room rent for Plan A", 3));
            assertThat(hits).anySatisfy(hit -> {
                assertThat(hit.page()).isEqualTo(2);
                assertThat(hit.heading()).contains("SCHEDULE OF BENEFITS");
                assertThat(hit.text()).contains("Room rent | Plan A: 1% of SI per day | Plan B: 2% of SI per day");
            });
        }
    }
}
