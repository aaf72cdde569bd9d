package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that is not a supported document. */
public final class UnsupportedFormatException extends DocumentException {
    public UnsupportedFormatException(Path file, String reason) {
        super(file, reason, null);
    }

    public UnsupportedFormatException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
