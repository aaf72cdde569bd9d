package com.intelliclaim.engine.ingest.ocr;

/**
 * The text OCR found on one page: lines separated by {@code '\n'} (a blank line between blocks), the mean confidence
 * of its words from 0 to 100, and how many words it found (0 for a blank page, whose confidence is 0).
 */
public record OcrText(String text, double confidence, int words) {
    public OcrText {
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (confidence < 0 || confidence > 100 || Double.isNaN(confidence)) {
            throw new IllegalArgumentException("confidence must be from 0 to 100: " + confidence);
        }
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative: " + words);
        }
    }
}
