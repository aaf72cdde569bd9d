package com.intelliclaim.engine.index;

/** A chunk id with an index's score for it (higher is better; comparable within one result list only). */
public record ScoredChunk(long chunkId, double score) {
}
