package com.intelliclaim.engine.ingest.chunk;

/**
 * A chunk as the chunker cuts it, before it is stored. Provenance: {@code page}..{@code pageEnd} (1-based, inclusive);
 * {@code clause} is the clause number or code the chunk belongs to ("3.1.7", "a)", "Excl01") or null;
 * {@code heading} is the heading path, outermost first, joined with " > " (or null); {@code startOffset} is a
 * character offset into the text of page {@code page} and {@code endOffset} an exclusive offset into the text of page
 * {@code pageEnd}, so the span can be highlighted on the page. {@code ordinal} orders chunks within the document.
 */
public record ChunkDraft(
        int ordinal,
        String text,
        int page,
        int pageEnd,
        String clause,
        String heading,
        int startOffset,
        int endOffset) {
    public ChunkDraft {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a chunk needs text");
        }
        if (page < 1 || pageEnd < page) {
            throw new IllegalArgumentException("bad page range " + page + ".." + pageEnd);
        }
    }
}
