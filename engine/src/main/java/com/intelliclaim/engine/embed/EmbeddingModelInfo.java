package com.intelliclaim.engine.embed;

/**
 * Identifies an embedding model: a stable id stored with the index (so an index built with another model is noticed),
 * its vector dimension, and the most tokens it reads per text. Vectors are comparable only between equal infos: the
 * same weights reading a different number of tokens give other vectors for every longer passage.
 */
public record EmbeddingModelInfo(String id, int dimension, int maxTokens) {
    /**
     * The id together with the embedding recipe ({@code "all-minilm-l6-v2-q/96t"}): what team sync compares before
     * taking another installation's vectors.
     */
    public String fingerprint() {
        return id + "/" + maxTokens + "t";
    }
}
