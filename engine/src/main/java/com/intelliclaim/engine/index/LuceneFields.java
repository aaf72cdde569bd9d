package com.intelliclaim.engine.index;

/** Field names of the keyword index, in one place for writer and query builder. */
final class LuceneFields {
    /** Chunk id as a string term, the key for replacing a chunk. */
    static final String CHUNK_KEY = "chunkKey";
    /** Chunk id, stored to be read back from hits. */
    static final String CHUNK_ID = "chunkId";
    /** Document id as a point, for filters and deletes. */
    static final String DOCUMENT_ID = "documentId";
    static final String TEXT = "text";
    static final String HEADING = "heading";
    static final String CLAUSE = "clause";
    /** Commit user-data key holding the store revision the index reflects. */
    static final String REVISION = "storeRevision";

    private LuceneFields() {
    }
}
