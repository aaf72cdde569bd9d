package com.intelliclaim.engine.embed;

/**
 * Told how far an {@link Embedder#embedPassages(java.util.List, EmbeddingProgress)} call has come, on the calling
 * thread, after every round of texts. Both counts are of distinct texts (a repeated text is embedded once), so
 * {@code done} grows to {@code total}, which may be less than the number of texts given.
 */
@FunctionalInterface
public interface EmbeddingProgress {
    /** Progress that nobody watches. */
    EmbeddingProgress NONE = (done, total) -> { };

    void embedded(int done, int total);
}
