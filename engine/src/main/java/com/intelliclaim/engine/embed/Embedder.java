package com.intelliclaim.engine.embed;

import java.util.List;

/**
 * Turns texts into L2-normalised vectors on the CPU, offline. Thread-safe. A model that cannot be loaded fails at
 * construction with {@link com.intelliclaim.engine.api.ModelLoadException}; an embedder never returns random or zero
 * vectors.
 */
public interface Embedder extends AutoCloseable {
    /** The model's id, dimension and token limit. */
    EmbeddingModelInfo model();

    /**
     * Embeds passages (chunk texts), in order: element i of the result is the vector of text i (a new array each, also
     * for repeated texts, which are embedded once). Uses all cores. Honours thread interruption between rounds by
     * throwing {@link java.util.concurrent.CancellationException}; tells {@code progress} after every round.
     */
    List<float[]> embedPassages(List<String> texts, EmbeddingProgress progress);

    /** {@link #embedPassages(List, EmbeddingProgress)} with nobody watching its progress. */
    default List<float[]> embedPassages(List<String> texts) {
        return embedPassages(texts, EmbeddingProgress.NONE);
    }

    /** Embeds a query (models with a query prefix apply it here). */
    float[] embedQuery(String text);

    @Override
    void close();
}
