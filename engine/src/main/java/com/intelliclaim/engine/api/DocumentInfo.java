package com.intelliclaim.engine.api;

import java.time.Instant;

/**
 * An indexed document version. Its identity is the SHA-256 of its bytes; the name is only a label (several versions
 * may share a name, and one content under two names is stored once).
 */
public record DocumentInfo(
        long id,
        String sha256,
        String name,
        String mediaType,
        long sizeBytes,
        int pages,
        int chunks,
        Instant ingestedAt) {
}
