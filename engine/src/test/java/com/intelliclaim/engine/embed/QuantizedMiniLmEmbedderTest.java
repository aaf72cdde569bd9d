package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

class QuantizedMiniLmEmbedderTest extends EmbedderContractTest {
    @Override
    protected Embedder createEmbedder() {
        return OnnxEmbedder.load(BundledModel.MINILM_L6_V2_Q);
    }

    @Test
    void reportsItsStableId() {
        assertThat(BundledModel.MINILM_L6_V2_Q.info())
                .isEqualTo(new EmbeddingModelInfo("all-minilm-l6-v2-q", 384, 96));
    }

    @Test
    void givesTheVectorsOfLangchain4jsOwnEncoder() {
        try (Embedder embedder = createEmbedder()) {
            ReferenceEncoder.assertSameVectorsAsTheStockModel(embedder, new AllMiniLmL6V2QuantizedEmbeddingModel(),
                    BundledModel.MINILM_L6_V2_Q);
        }
    }
}
