package com.intelliclaim.engine.store;

/**
 * A chunk as stored, with its document's identity, so a hit can be cited without another look-up. Offsets are as in
 * {@link com.intelliclaim.engine.ingest.chunk.ChunkDraft}.
 */
public record StoredChunk(
        long id,
        long documentId,
        String documentSha256,
        String documentName,
        int ordinal,
        String text,
        int page,
        int pageEnd,
        String clause,
        String heading,
        int startOffset,
        int endOffset) {
}
