package com.intelliclaim.engine.api;

/** Counts for a status bar: documents and chunks indexed, and the embedding model in use. */
public record EngineStats(int documents, long chunks, String embeddingModel) {
}
