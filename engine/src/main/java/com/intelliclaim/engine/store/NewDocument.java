package com.intelliclaim.engine.store;

/**
 * A document version about to be stored: identity (sha256), display name, media type, size in bytes, and the
 * SHA-256 of the document it arrived in (an e-mail, for an attachment), or null.
 */
public record NewDocument(String sha256, String name, String mediaType, long sizeBytes, String parentSha256) {
    /** A document that did not arrive inside another. */
    public NewDocument(String sha256, String name, String mediaType, long sizeBytes) {
        this(sha256, name, mediaType, sizeBytes, null);
    }
}
