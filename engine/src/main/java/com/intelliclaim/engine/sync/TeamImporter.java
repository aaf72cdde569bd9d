package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.SharedDocument;

/** Puts a teammate's document into the local store and the search indexes, so it is searchable at once. */
@FunctionalInterface
public interface TeamImporter {
    /** Stores and indexes the document; false when a document with its bytes was here already. Thread-safe. */
    boolean importDocument(SharedDocument document);
}
