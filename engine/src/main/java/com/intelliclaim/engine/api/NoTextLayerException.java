package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document with no text to index: a scan read without OCR, or pages that are blank. */
public final class NoTextLayerException extends DocumentException {
    public NoTextLayerException(Path file, String reason) {
        super(file, reason, null);
    }

    public NoTextLayerException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
