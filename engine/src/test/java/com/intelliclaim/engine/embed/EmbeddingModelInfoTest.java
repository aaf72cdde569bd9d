package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmbeddingModelInfoTest {
    @ParameterizedTest
    @CsvSource({
        "all-minilm-l6-v2-q, 384, 128, all-minilm-l6-v2-q/128t",
        "all-minilm-l6-v2-q, 384, 256, all-minilm-l6-v2-q/256t",
        "pytorch:e5,         768, 512, pytorch:e5/512t",
    })
    void fingerprintNamesTheModelAndHowMuchOfATextItReads(String id, int dimension, int maxTokens, String expected) {
        assertThat(new EmbeddingModelInfo(id, dimension, maxTokens).fingerprint()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"MINILM_L6_V2_Q", "MINILM_L6_V2"})
    void bundledModelsReadTheFirst96Tokens(BundledModel model) {
        assertThat(model.info().maxTokens()).isEqualTo(96);
        assertThat(model.info().fingerprint()).isEqualTo(model.info().id() + "/96t");
    }
}
