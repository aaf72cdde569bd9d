package com.intelliclaim.engine.store;

/** A document version about to be stored: identity (sha256), display name, media type and size in bytes. */
public record NewDocument(String sha256, String name, String mediaType, long sizeBytes) {
}
