package com.intelliclaim.engine.ingest.parse;

import java.util.List;

/**
 * Judges whether a PDF page's text layer is real text. Scanned pages have none or a stray stamp; PDFs with broken
 * font encodings have "text" that is mostly symbols, control characters or replacement characters. Either kind of
 * page is read by OCR instead.
 */
final class TextQuality {
    /** A page with fewer letters than this has no real text layer (scanned pages often carry a stray stamp). */
    static final int MIN_LETTERS = 20;
    /** At least this share of the visible characters must be letters or digits. */
    static final double MIN_ALPHANUMERIC_SHARE = 0.5;
    /** At most this share may be replacement, control or private-use characters (a broken font encoding). */
    static final double MAX_BROKEN_SHARE = 0.05;

    private TextQuality() {
    }

    static boolean isReadable(List<PdfLine> lines) {
        StringBuilder text = new StringBuilder();
        for (PdfLine line : lines) {
            for (PdfLine.Segment s : line.segments()) {
                text.append(s.text()).append(' ');
            }
        }
        return isReadable(text);
    }

    static boolean isReadable(CharSequence text) {
        int visible = 0;
        int letters = 0;
        int alphanumeric = 0;
        int broken = 0;
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            visible++;
            if (Character.isLetter(c)) {
                letters++;
            }
            if (Character.isLetterOrDigit(c)) {
                alphanumeric++;
            }
            int type = Character.getType(c);
            if (c == 0xFFFD || type == Character.CONTROL || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED) {
                broken++;
            }
        }
        return letters >= MIN_LETTERS && alphanumeric >= MIN_ALPHANUMERIC_SHARE * visible
                && broken <= MAX_BROKEN_SHARE * visible;
    }
}
