package com.intelliclaim.engine.index;

import java.util.List;

/**
 * Nearest-neighbour search over L2-normalised vectors by dot product (cosine). Safe for concurrent searches; writes
 * are serialised by the implementation. The index holds derived data: the store is the source of truth and rebuilds
 * it.
 */
public interface VectorIndex {
    /** Adds (or replaces) the vector of a chunk belonging to a document. */
    void add(long chunkId, long documentId, float[] vector);

    /** Removes every vector of the document; a no-op for an unknown document. */
    void removeDocument(long documentId);

    /** The k best chunks by cosine similarity, best first, among the documents the filter accepts. */
    List<ScoredChunk> search(float[] query, int k, DocumentFilter filter);
}
