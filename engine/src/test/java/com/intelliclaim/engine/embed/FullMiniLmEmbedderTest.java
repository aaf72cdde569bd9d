package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import org.junit.jupiter.api.Test;

class FullMiniLmEmbedderTest extends EmbedderContractTest {
    @Override
    protected Embedder createEmbedder() {
        return OnnxEmbedder.load(BundledModel.MINILM_L6_V2);
    }

    @Test
    void reportsItsStableId() {
        assertThat(BundledModel.MINILM_L6_V2.info()).isEqualTo(new EmbeddingModelInfo("all-minilm-l6-v2", 384, 96));
    }

    @Test
    void givesTheVectorsOfLangchain4jsOwnEncoder() {
        try (Embedder embedder = createEmbedder()) {
            ReferenceEncoder.assertSameVectorsAsTheStockModel(embedder, new AllMiniLmL6V2EmbeddingModel(),
                    BundledModel.MINILM_L6_V2);
        }
    }
}
