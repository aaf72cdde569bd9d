package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that is damaged or truncated and cannot be read. */
public final class CorruptDocumentException extends DocumentException {
    public CorruptDocumentException(Path file, String reason) {
        super(file, reason, null);
    }

    public CorruptDocumentException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
