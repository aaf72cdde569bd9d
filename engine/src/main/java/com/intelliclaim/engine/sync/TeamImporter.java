package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.SharedDocument;

/** Brings a teammate's documents into the local store and the search indexes, and applies their removals. */
public interface TeamImporter {
    /**
     * Stores and indexes the document, so it is searchable at once, noting {@code addedBy} as where it came from;
     * false when a document with its bytes was here already. Thread-safe.
     */
    boolean importDocument(SharedDocument document, String addedBy);

    /**
     * Applies a teammate's removal: the document leaves the store and the indexes only when it came from the team
     * and no case or decision here needs it (see {@code H2SharedRecords#removeTeamDocument}); true when it was
     * removed. Thread-safe.
     */
    boolean removeDocument(String sha256);
}
