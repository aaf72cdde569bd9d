package com.intelliclaim.app.ask;

import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.Locale;

/** The note beside a page's title that says it was read by OCR, and warns when OCR was unsure of its words. */
final class OcrNote {
    private OcrNote() {
    }

    /** Empty for text-layer pages; " · read by OCR" or a low-confidence warning with the percentage. */
    static String of(PageText page) {
        if (!page.isOcr()) {
            return "";
        }
        long percent = Math.round(page.ocrConfidence().getAsDouble());
        if (page.lowConfidence()) {
            return String.format(Locale.ROOT, " · ⚠ read by OCR, low confidence (%d%%): check the original", percent);
        }
        return String.format(Locale.ROOT, " · read by OCR (%d%%)", percent);
    }
}
