package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.model.embedding.EmbeddingModel;
import com.intelliclaim.engine.ingest.chunk.TokenCounter;
import java.util.List;

/**
 * Checks an embedder against langchain4j's own encoder for the same weights: short texts, and texts far past the cut.
 * The stock encoder reads 128 tokens of a text and the bundled models read fewer, so a long text is compared with the
 * stock vector of just the words the bundled model reads.
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

    /** The same vectors as the reference for short texts only (an embedder that reads more of a long text than the stock model). */
    static void assertSameVectors(Embedder embedder, EmbeddingModel reference) {
        assertSameVectors(embedder, reference, SHORT_TEXTS);
    }

    /**
     * The same vectors as langchain4j's stock model for short texts; for texts past the embedder's cut, the stock
     * vector of the words that fit in the cut (counted by {@code model}'s own tokenizer), so the cut must fall exactly
     * where {@code model().maxTokens()} says.
     */
    static void assertSameVectorsAsTheStockModel(Embedder embedder, EmbeddingModel reference, BundledModel model) {
        assertSameVectors(embedder, reference, SHORT_TEXTS);
        TokenCounter counter = model.tokenCounter();
        int fits = embedder.model().maxTokens() - 2; // [CLS] and [SEP]
        for (String text : LONG_TEXTS) {
            String read = wordsWithin(text, fits, counter);
            assertThat(counter.count(read)).as("the words read of a long text").isEqualTo(fits);
            assertSameVector(embedder.embedPassages(List.of(text)).get(0), reference, read, text);
        }
    }

    /** The longest run of whole words from the start of {@code text} that has at most {@code tokens} tokens. */
    private static String wordsWithin(String text, int tokens, TokenCounter counter) {
        String[] words = text.split(" ");
        String fitting = "";
        for (int n = 1; n <= words.length; n++) {
            String candidate = String.join(" ", java.util.Arrays.copyOf(words, n));
            if (counter.count(candidate) > tokens) {
                break;
            }
            fitting = candidate;
        }
        return fitting;
    }

    private static void assertSameVectors(Embedder embedder, EmbeddingModel reference, List<String> texts) {
        List<float[]> ours = embedder.embedPassages(texts);
        for (int i = 0; i < texts.size(); i++) {
            assertSameVector(ours.get(i), reference, texts.get(i), texts.get(i));
        }
    }

    private static void assertSameVector(float[] ours, EmbeddingModel reference, String referenceText, String label) {
        float[] theirs = reference.embed(referenceText).content().vector();
        double dot = 0;
        double norm = 0;
        for (int d = 0; d < theirs.length; d++) {
            dot += ours[d] * theirs[d];
            norm += theirs[d] * theirs[d];
        }
        assertThat(dot / Math.sqrt(norm)).as(label).isGreaterThan(0.9999);
    }
}
