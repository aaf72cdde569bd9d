package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;

/**
 * Checks an embedder against langchain4j's own encoder for the same weights, whose tokenizer cuts texts at 128 tokens
 * as the bundled models now do: short texts, and texts far past the cut.
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

    /** Long texts: 300 words, the clause that tells them apart after the first 200 or at the very start. */
    static final List<String> LONG_TEXTS = List.of(
            "Cataract surgery is covered. " + String.join(" ", java.util.Collections.nCopies(200, "hospital"))
                    + " Ambulance charges are payable up to Rs. 2,000 per claim.",
            String.join(" ", java.util.Collections.nCopies(200, "hospital"))
                    + " Ambulance charges are payable up to Rs. 2,000 per claim. "
                    + String.join(" ", java.util.Collections.nCopies(90, "claim")));

    /** The same vectors as the reference for short texts only (an embedder that reads past 128 tokens). */
    static void assertSameVectors(Embedder embedder, EmbeddingModel reference) {
        assertSameVectors(embedder, reference, SHORT_TEXTS);
    }

    /** The same vectors as langchain4j's stock model, for short texts and for texts past its 128-token cut. */
    static void assertSameVectorsAsTheStockModel(Embedder embedder, EmbeddingModel reference) {
        List<String> texts = new java.util.ArrayList<>(SHORT_TEXTS);
        texts.addAll(LONG_TEXTS);
        assertSameVectors(embedder, reference, texts);
    }

    private static void assertSameVectors(Embedder embedder, EmbeddingModel reference, List<String> texts) {
        List<float[]> ours = embedder.embedPassages(texts);
        for (int i = 0; i < texts.size(); i++) {
            float[] theirs = reference.embed(texts.get(i)).content().vector();
            double dot = 0;
            double norm = 0;
            for (int d = 0; d < theirs.length; d++) {
                dot += ours.get(i)[d] * theirs[d];
                norm += theirs[d] * theirs[d];
            }
            assertThat(dot / Math.sqrt(norm)).as(texts.get(i)).isGreaterThan(0.9999);
        }
    }
}
