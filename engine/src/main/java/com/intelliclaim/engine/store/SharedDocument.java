package com.intelliclaim.engine.store;

import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.time.Instant;
import java.util.List;

/**
 * A document as the team shares it: identity and label, the model its vectors were made with, its pages, and its
 * chunks with provenance and one vector each (same order), so a teammate can search it without embedding it again.
 */
public record SharedDocument(
        String sha256,
        String name,
        String mediaType,
        long sizeBytes,
        Instant ingestedAt,
        String modelId,
        List<PageText> pages,
        List<ChunkDraft> chunks,
        List<float[]> vectors) {

    public SharedDocument {
        pages = List.copyOf(pages);
        chunks = List.copyOf(chunks);
        vectors = List.copyOf(vectors);
        if (chunks.size() != vectors.size()) {
            throw new IllegalArgumentException("document " + sha256 + " has " + chunks.size() + " chunks but "
                    + vectors.size() + " vectors");
        }
    }
}
