package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ModelTokenCounterTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                         | 0
            hello world                | 2
            30 days                    | 2
            """)
    void countsWordPiecesWithoutSpecialTokens(String text, int expected) {
        assertThat(BundledModel.MINILM_L6_V2_Q.tokenCounter().count(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void rareWordsSplitIntoSeveralPiecesAndCountsAddUp() {
        ModelTokenCounter counter = BundledModel.MINILM_L6_V2_Q.tokenCounter();
        assertThat(counter.count("cataract surgery"))
                .isEqualTo(counter.count("cataract") + counter.count("surgery"))
                .isGreaterThan(2);
    }

    /** The per-word cache must give exactly what the tokenizer gives for the whole text. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            3.1.7 Pre-existing Disease (PED) means any condition diagnosed within 48 months;
            Room rent: up to ₹5,000/day (1% of SI), ICU 2% — whichever is lower.
            "Hospital" means any institution with at least 10 in-patient beds, e.g. in towns < 10,00,000.
            naïve café résumé Zürich  tabs	and
new lines   ,,, ...
            Excl01 Excl02-Excl15 a) b) iv. (ii) 2.21 and/or AYUSH/Ayurveda, 24x7
            """)
    void countIsTheTokenizersCountOfTheWholeText(String text) {
        ModelTokenCounter counter = BundledModel.MINILM_L6_V2_Q.tokenCounter();
        int whole = new dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator()
                .estimateTokenCountInText(text);
        assertThat(counter.count(text)).isEqualTo(whole);
        assertThat(counter.count(text)).as("again, from the cache").isEqualTo(whole);
    }

    @ParameterizedTest
    @EnumSource(BundledModel.class)
    void longTextsAreNotTruncated(BundledModel model) {
        String text = String.join(" ", Collections.nCopies(600, "claim"));
        assertThat(model.tokenCounter().count(text)).isEqualTo(600);
    }
}
