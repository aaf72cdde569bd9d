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

    @ParameterizedTest
    @EnumSource(BundledModel.class)
    void longTextsAreNotTruncated(BundledModel model) {
        String text = String.join(" ", Collections.nCopies(600, "claim"));
        assertThat(model.tokenCounter().count(text)).isEqualTo(600);
    }
}
