package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FullMiniLmEmbedderTest extends EmbedderContractTest {
    @Override
    protected Embedder createEmbedder() {
        return OnnxEmbedder.load(BundledModel.MINILM_L6_V2);
    }

    @Test
    void reportsItsStableId() {
        assertThat(BundledModel.MINILM_L6_V2.info()).isEqualTo(new EmbeddingModelInfo("all-minilm-l6-v2", 384, 256));
    }
}
