package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that has no text layer (a scanned document); it needs OCR, which this version cannot do yet. */
public final class NoTextLayerException extends DocumentException {
    public NoTextLayerException(Path file, String reason) {
        super(file, reason, null);
    }

    public NoTextLayerException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
