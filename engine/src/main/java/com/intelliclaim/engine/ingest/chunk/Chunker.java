package com.intelliclaim.engine.ingest.chunk;

import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import java.util.List;

/** Cuts a parsed document into chunks along its structure. Stateless and thread-safe. */
public interface Chunker {
    /**
     * Returns the chunks in document order (ordinals 0, 1, 2 …); every non-blank stretch of text lands in at least one
     * chunk. An empty document gives an empty list.
     */
    List<ChunkDraft> chunk(ParsedDocument document);
}
