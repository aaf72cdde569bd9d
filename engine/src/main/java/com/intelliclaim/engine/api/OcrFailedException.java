package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** OCR ran but could not read a page (it took too long or the OCR program failed). */
public final class OcrFailedException extends DocumentException {
    public OcrFailedException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
