package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** OCR is needed to read a scanned page or an image, and the OCR program (Tesseract) is not installed. */
public final class OcrUnavailableException extends DocumentException {
    public OcrUnavailableException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
