package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that cannot be read. */
public final class UnreadableFileException extends DocumentException {
    public UnreadableFileException(Path file, String reason) {
        super(file, reason, null);
    }

    public UnreadableFileException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
