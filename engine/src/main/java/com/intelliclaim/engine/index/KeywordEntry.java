package com.intelliclaim.engine.index;

/** What the keyword index reads of a chunk: its text, heading path and clause number. */
public record KeywordEntry(long chunkId, long documentId, String text, String heading, String clause) {
}
