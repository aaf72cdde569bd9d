package com.intelliclaim.engine.api;

import java.time.Instant;

/**
 * An indexed document version. Its identity is the SHA-256 of its bytes; the name is only a label (several versions
 * may share a name, and one content under two names is stored once). A document that arrived inside another (an
 * e-mail's attachment) names that document's SHA-256 in {@code parentSha256}; it is null otherwise.
 */
public record DocumentInfo(
        long id,
        String sha256,
        String name,
        String mediaType,
        long sizeBytes,
        int pages,
        int chunks,
        Instant ingestedAt,
        String parentSha256) {

    /** A document that did not arrive inside another. */
    public DocumentInfo(long id, String sha256, String name, String mediaType, long sizeBytes, int pages, int chunks,
            Instant ingestedAt) {
        this(id, sha256, name, mediaType, sizeBytes, pages, chunks, ingestedAt, null);
    }
}
