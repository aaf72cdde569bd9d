package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A decision reads the header of the list a retrieved item belongs to when the list runs over several passages and the
 * header is a few passages back, not just the passage before.
 */
class ListHeaderPassageTest {
    private static final List<String> CONDITIONS = List.of("gastric ulcers", "cataract", "fistula in ano",
            "macular degeneration", "benign prostatic hypertrophy", "hernia of all types", "sinusitis", "fissure in ano",
            "haemorrhoids and piles", "hydrocele", "dysfunctional uterine bleeding", "fibromyoma", "endometriosis",
            "uterine prolapse", "stones in the urinary system", "stones in the biliary system", "tonsillitis",
            "deviated nasal septum", "hypertrophied turbinate", "varicose veins", "gout and rheumatism", "cirrhosis",
            "pancreatitis", "chronic kidney disease", "alzheimer's disease", "parkinson's disease", "congenital anomalies",
            "osteoarthritis", "osteoporosis", "vertebral column disorders", "adenoids", "polyps of the nose",
            "cysts of the skin", "cholecystitis", "genetic disorders", "retinal detachment");

    @TempDir
    Path tmp;

    @Test
    void anItemFarDownAListIsDecidedWithItsHeadersLength() throws Exception {
        StringBuilder policy = new StringBuilder("7. Waiting periods\n7.2 Specified disease/procedure waiting period"
                + " (Code- Excl02)\na. Expenses related to the treatment of the listed conditions, surgeries and"
                + " treatments shall be excluded until the expiry of 24 months of continuous coverage after the date of"
                + " inception of the first policy with us. This exclusion shall not apply to claims arising due to an"
                + " accident.\nb. List of specific diseases and procedures is as below\n");
        for (int i = 0; i < CONDITIONS.size(); i++) {
            policy.append(i + 1).append(". Treatment or surgery of ").append(CONDITIONS.get(i))
                    .append(", whether medical or surgical, in any hospital or day care centre\n");
        }
        policy.append(CONDITIONS.size() + 1).append(". Bariatric surgery for obesity, whether medical or surgical, in"
                + " any hospital or day care centre\n");
        policy.append("8. Claims procedure\n8.1 The insured person shall notify the insurer within 48 hours of an"
                + " emergency admission and within 7 days before a planned admission.\n");
        Path file = Files.writeString(tmp.resolve("policy.txt"), policy);
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")))) {
            engine.ingest(List.of(file), IngestListener.NONE);
            List<String> texts = engine.chunks(engine.documents().get(0).id()).stream().map(c -> c.text()).toList();
            int header = indexOf(texts, "24 months");
            int item = indexOf(texts, "Bariatric surgery");
            assertThat(item - header).as("passages between the header and the item").isGreaterThanOrEqualTo(3);

            String question = "38-year-old man, bariatric surgery for obesity, policy 1 year old";
            assertThat(engine.search(new SearchRequest(question, 1, null))).extracting(SearchHit::text)
                    .singleElement().satisfies(text -> assertThat(text).contains("Bariatric surgery"));

            DecisionRecord record = engine.ask(new AskRequest(question, null, null, null, 1, "tester"));

            assertThat(record.decision()).as(record.justification()).isEqualTo(Outcome.REJECTED);
            assertThat(record.justification()).contains("24 months");
            assertThat(record.citations()).extracting(Citation::clause).contains("7.2");
            assertThat(record.citations()).anySatisfy(c -> assertThat(c.text()).contains("24 months"));
        }
    }

    private static int indexOf(List<String> texts, String words) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(words)) {
                return i;
            }
        }
        throw new AssertionError("no passage says \"" + words + "\"");
    }
}
