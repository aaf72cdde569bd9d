package com.intelliclaim.engine.api;

/**
 * One retrieved passage with its provenance: which document (by content hash and name), which page(s), which clause
 * and heading, the exact chunk text, and the fused retrieval score (higher is better; comparable within one result
 * list only).
 */
public record SearchHit(
        String chunkId,
        String documentSha256,
        String documentName,
        int page,
        int pageEnd,
        String clause,
        String heading,
        String text,
        double score) {
}
