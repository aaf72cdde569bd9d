package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/**
 * Checks an embedder against langchain4j's own encoder for the same weights. langchain4j's tokenizer cuts texts at
 * 128 tokens, so the comparison uses texts shorter than that.
 */
final class ReferenceEncoder {
    static final List<String> SHORT_TEXTS = List.of(
            "waiting period for cataract surgery",
            "Cataract: expenses for treatment of cataract are covered only after a waiting period of 24 months.",
            "Ambulance charges are payable up to Rs. 2,000 per claim.",
            "2.21 Pre-existing Disease means any condition, ailment, injury or disease diagnosed within 48 months.",
            "ICU");

    private ReferenceEncoder() {
    }

    static void assertSameVectors(Embedder embedder, EmbeddingModel reference) {
        List<float[]> ours = embedder.embedPassages(SHORT_TEXTS);
        for (int i = 0; i < SHORT_TEXTS.size(); i++) {
            float[] theirs = reference.embed(SHORT_TEXTS.get(i)).content().vector();
            double dot = 0;
            double norm = 0;
            for (int d = 0; d < theirs.length; d++) {
                dot += ours.get(i)[d] * theirs[d];
                norm += theirs[d] * theirs[d];
            }
            assertThat(dot / Math.sqrt(norm)).as(SHORT_TEXTS.get(i)).isGreaterThan(0.9999);
        }
    }
}
