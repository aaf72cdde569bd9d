package com.intelliclaim.engine.ingest.ocr;

import java.time.Duration;

/**
 * Limits for OCR: the time one page may take, the largest image (in pixels) that is read at all, and the resolution
 * scanned PDF pages are rendered at.
 */
public record OcrOptions(Duration pageTimeout, long maxPixels, int dpi) {
    /** 60 s a page, 40 megapixels (an A4 page at 600 DPI is 35), PDF pages rendered at 300 DPI. */
    public static final OcrOptions DEFAULTS = new OcrOptions(Duration.ofSeconds(60), 40_000_000L, 300);

    public OcrOptions {
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("the page time limit must be positive: " + pageTimeout);
        }
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit must be positive: " + maxPixels);
        }
        if (dpi < 72 || dpi > 600) {
            throw new IllegalArgumentException("the DPI must be from 72 to 600: " + dpi);
        }
    }
}
