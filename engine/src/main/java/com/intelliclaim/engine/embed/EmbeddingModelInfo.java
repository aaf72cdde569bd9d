package com.intelliclaim.engine.embed;

/**
 * Identifies an embedding model: a stable id stored with the index (so an index built with another model is noticed),
 * its vector dimension, and the most tokens it reads per text.
 */
public record EmbeddingModelInfo(String id, int dimension, int maxTokens) {
}
