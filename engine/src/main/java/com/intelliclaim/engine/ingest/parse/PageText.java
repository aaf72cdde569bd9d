package com.intelliclaim.engine.ingest.parse;

import java.util.OptionalDouble;

/**
 * The text of one page, numbered from 1 as printed viewers number them. Lines are separated by {@code '\n'}. Pages
 * read by OCR carry the mean confidence of their words (0 to 100); pages from a text layer carry none.
 */
public record PageText(int number, String text, OptionalDouble ocrConfidence) {
    /** Below this mean word confidence an OCR'd page is shown to the analyst as doubtful. */
    public static final double LOW_CONFIDENCE = 70;

    public PageText {
        if (number < 1) {
            throw new IllegalArgumentException("page numbers start at 1: " + number);
        }
        if (text == null) {
            throw new IllegalArgumentException("text must not be null");
        }
        if (ocrConfidence == null) {
            throw new IllegalArgumentException("ocrConfidence must not be null (use OptionalDouble.empty())");
        }
    }

    /** A page read from a text layer (no OCR). */
    public PageText(int number, String text) {
        this(number, text, OptionalDouble.empty());
    }

    /** A page read by OCR with the mean confidence of its words. */
    public static PageText ocr(int number, String text, double confidence) {
        return new PageText(number, text, OptionalDouble.of(confidence));
    }

    /** Whether the page was read by OCR. */
    public boolean isOcr() {
        return ocrConfidence.isPresent();
    }

    /** Whether the page was read by OCR with a mean word confidence below {@link #LOW_CONFIDENCE}. */
    public boolean lowConfidence() {
        return ocrConfidence.isPresent() && ocrConfidence.getAsDouble() < LOW_CONFIDENCE;
    }
}
