package com.intelliclaim.engine.ingest.parse;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The bytes of one file to ingest, read once, with their SHA-256 (the document's identity) and the path the user gave
 * (used only for messages and as the display name, never as a key).
 */
public record SourceDocument(Path path, byte[] bytes, String sha256) {
    public SourceDocument {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** The file name shown to the analyst. */
    public String name() {
        Path name = path.getFileName();
        return name == null ? path.toString() : name.toString();
    }
}
