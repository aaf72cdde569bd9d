package com.intelliclaim.engine.api;

import java.time.Instant;
import java.util.List;

/**
 * An indexed document version. Its identity is the SHA-256 of its bytes; the name is only a label (several versions
 * may share a name, and one content under two names is stored once). A document that arrived inside another (an
 * e-mail's attachment) names that document's SHA-256 in {@code parentSha256}; it is null otherwise.
 * {@code lowConfidencePages} are the numbers, in order, of the pages read by OCR with a mean word confidence under
 * {@link com.intelliclaim.engine.ingest.parse.PageText#LOW_CONFIDENCE} (empty when there are none).
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
        String parentSha256,
        List<Integer> lowConfidencePages) {

    public DocumentInfo {
        lowConfidencePages = List.copyOf(lowConfidencePages);
    }

    /** A document without low-confidence OCR pages. */
    public DocumentInfo(long id, String sha256, String name, String mediaType, long sizeBytes, int pages, int chunks,
            Instant ingestedAt, String parentSha256) {
        this(id, sha256, name, mediaType, sizeBytes, pages, chunks, ingestedAt, parentSha256, List.of());
    }

    /** A document that did not arrive inside another, without low-confidence OCR pages. */
    public DocumentInfo(long id, String sha256, String name, String mediaType, long sizeBytes, int pages, int chunks,
            Instant ingestedAt) {
        this(id, sha256, name, mediaType, sizeBytes, pages, chunks, ingestedAt, null);
    }
}
