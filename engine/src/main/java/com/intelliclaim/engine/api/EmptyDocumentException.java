package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that is empty (0 bytes). */
public final class EmptyDocumentException extends DocumentException {
    public EmptyDocumentException(Path file, String reason) {
        super(file, reason, null);
    }

    public EmptyDocumentException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
