package com.intelliclaim.engine.ingest.parse;

import java.util.Objects;

/** A file carried inside another document (an e-mail's attachment), to be ingested as a document of its own. */
public record Attachment(String name, byte[] bytes) {
    public Attachment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bytes, "bytes");
    }
}
