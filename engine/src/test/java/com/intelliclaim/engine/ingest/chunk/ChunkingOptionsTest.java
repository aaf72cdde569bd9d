package com.intelliclaim.engine.ingest.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChunkingOptionsTest {
    @Test
    void defaultsFitTheModelWindow() {
        assertThat(ChunkingOptions.defaults()).isEqualTo(new ChunkingOptions(200, 40, 250, 30));
    }

    @ParameterizedTest(name = "target {0}, min {1}, max {2}, overlap {3}: {4}")
    @CsvSource({
        "200, 40, 0, 30, maxTokens",
        "300, 40, 250, 30, targetTokens",
        "0, 0, 250, 30, targetTokens",
        "200, 201, 250, 30, minTokens",
        "200, -1, 250, 30, minTokens",
        "200, 40, 250, 125, overlapTokens",
        "200, 40, 250, -1, overlapTokens"
    })
    void rejectsInconsistentSizesNamingTheValue(int target, int min, int max, int overlap, String named) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ChunkingOptions(target, min, max, overlap))
                .withMessageContaining(named);
    }
}
