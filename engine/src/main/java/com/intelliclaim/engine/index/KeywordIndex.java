package com.intelliclaim.engine.index;

import java.util.List;

/**
 * BM25 keyword search over chunk texts. Safe for concurrent searches; writes are serialised by the implementation and
 * visible to searches once {@link #add} or {@link #removeDocument} returns. Derived data: rebuilt from the store.
 */
public interface KeywordIndex extends AutoCloseable {
    /** Adds the chunks of one document (replacing any with the same chunk ids) and commits. */
    void add(List<KeywordEntry> entries);

    /** Removes every chunk of the document and commits; a no-op for an unknown document. */
    void removeDocument(long documentId);

    /**
     * The k best chunks by BM25 for free text (no query syntax: operators and special characters in the text are
     * taken literally), best first, among the documents the filter accepts. A query with no searchable terms gives an
     * empty list.
     */
    List<ScoredChunk> search(String query, int k, DocumentFilter filter);

    @Override
    void close();
}
