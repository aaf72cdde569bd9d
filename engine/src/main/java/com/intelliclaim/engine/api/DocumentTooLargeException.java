package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that is larger than the size limit. */
public final class DocumentTooLargeException extends DocumentException {
    public DocumentTooLargeException(Path file, String reason) {
        super(file, reason, null);
    }

    public DocumentTooLargeException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
