package com.intelliclaim.engine.index;

import java.util.Set;

/** Restricts a search to some documents (by their store id). {@link #ALL} lets every document through. */
public record DocumentFilter(Set<Long> documentIds) {
    public static final DocumentFilter ALL = new DocumentFilter(null);

    public DocumentFilter {
        documentIds = documentIds == null ? null : Set.copyOf(documentIds);
    }

    public static DocumentFilter only(long documentId) {
        return new DocumentFilter(Set.of(documentId));
    }

    public boolean isAll() {
        return documentIds == null;
    }

    public boolean accepts(long documentId) {
        return documentIds == null || documentIds.contains(documentId);
    }
}
