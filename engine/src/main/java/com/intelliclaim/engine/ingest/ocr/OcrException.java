package com.intelliclaim.engine.ingest.ocr;

/**
 * OCR could not read a page. The message is plain language for the analyst (the parser adds the file and page);
 * {@link #unavailable()} says whether the OCR program is missing altogether, as opposed to failing on this page.
 */
public final class OcrException extends RuntimeException {
    private final boolean unavailable;

    private OcrException(String message, boolean unavailable, Throwable cause) {
        super(message, cause);
        this.unavailable = unavailable;
    }

    /** The OCR program is not installed or cannot be started. */
    public static OcrException unavailable(String message, Throwable cause) {
        return new OcrException(message, true, cause);
    }

    /** The OCR program ran but could not read this page (time limit, crash, unreadable output). */
    public static OcrException failed(String message, Throwable cause) {
        return new OcrException(message, false, cause);
    }

    public boolean unavailable() {
        return unavailable;
    }
}
