package com.intelliclaim.engine.ingest.chunk;

/**
 * Sizes the chunker aims for, all in the model's word-piece tokens as counted by a {@link TokenCounter}.
 *
 * @param targetTokens size that short sibling clauses are merged up to, and that long clauses are cut near
 * @param minTokens a chunk smaller than this may be merged with a sibling under the same heading (up to
 *     {@code maxTokens}) rather than stand alone; definitions always stand alone
 * @param maxTokens no chunk is larger, unless a single word is; the embedding model reads at most 256 word pieces
 *     including [CLS] and [SEP], hence the default of 250
 * @param overlapTokens how much of the end of one piece is repeated at the start of the next when a clause longer
 *     than {@code maxTokens} is cut
 */
public record ChunkingOptions(int targetTokens, int minTokens, int maxTokens, int overlapTokens) {
    public static final int DEFAULT_TARGET_TOKENS = 200;
    public static final int DEFAULT_MIN_TOKENS = 40;
    public static final int DEFAULT_MAX_TOKENS = 250;
    public static final int DEFAULT_OVERLAP_TOKENS = 30;

    /**
     * Checks that {@code 0 <= minTokens <= targetTokens <= maxTokens} and {@code 0 <= overlapTokens < maxTokens / 2}
     * (so every cut piece still carries mostly new text).
     */
    public ChunkingOptions {
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be at least 1, was " + maxTokens);
        }
        if (targetTokens < 1 || targetTokens > maxTokens) {
            throw new IllegalArgumentException(
                    "targetTokens must be between 1 and maxTokens (" + maxTokens + "), was " + targetTokens);
        }
        if (minTokens < 0 || minTokens > targetTokens) {
            throw new IllegalArgumentException(
                    "minTokens must be between 0 and targetTokens (" + targetTokens + "), was " + minTokens);
        }
        if (overlapTokens < 0 || overlapTokens >= Math.max(1, maxTokens / 2)) {
            throw new IllegalArgumentException(
                    "overlapTokens must be at least 0 and below half of maxTokens (" + maxTokens + "), was "
                            + overlapTokens);
        }
    }

    /** Target 200, min 40, max 250, overlap 30 tokens: sized for all-MiniLM-L6-v2 and its 256-token window. */
    public static ChunkingOptions defaults() {
        return new ChunkingOptions(
                DEFAULT_TARGET_TOKENS, DEFAULT_MIN_TOKENS, DEFAULT_MAX_TOKENS, DEFAULT_OVERLAP_TOKENS);
    }
}
