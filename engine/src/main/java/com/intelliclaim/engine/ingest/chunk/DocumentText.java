package com.intelliclaim.engine.ingest.chunk;

import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A document's pages joined with '\n' into one string, so a span crossing a page break is one substring, with the
 * mapping from a position in that string back to (page, offset in the page's text).
 */
final class DocumentText {
    private final String joined;
    private final int[] pageNumbers;
    private final int[] pageStarts;

    DocumentText(ParsedDocument document) {
        List<PageText> pages = document.pages();
        pageNumbers = new int[pages.size()];
        pageStarts = new int[pages.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                text.append('\n');
            }
            pageNumbers[i] = pages.get(i).number();
            pageStarts[i] = text.length();
            text.append(pages.get(i).text());
        }
        joined = text.toString();
    }

    String text() {
        return joined;
    }

    String slice(int start, int end) {
        return joined.substring(start, end);
    }

    /** The number of the page holding the character at {@code position}. */
    int pageAt(int position) {
        return pageNumbers[pageIndexAt(position)];
    }

    /** The offset of {@code position} in the text of the page holding the character at {@code charPosition}. */
    int offsetInPage(int position, int charPosition) {
        return position - pageStarts[pageIndexAt(charPosition)];
    }

    private int pageIndexAt(int position) {
        int found = Arrays.binarySearch(pageStarts, position);
        // Page starts are strictly increasing (each separator takes a character), so this is the page's index.
        return found >= 0 ? found : -found - 2;
    }

    /** The non-blank lines, in order, each trimmed of surrounding whitespace. */
    List<TextLine> nonBlankLines() {
        List<TextLine> lines = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= joined.length()) {
            int newline = joined.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? joined.length() : newline;
            int start = lineStart;
            int end = lineEnd;
            while (start < end && Character.isWhitespace(joined.charAt(start))) {
                start++;
            }
            while (end > start && Character.isWhitespace(joined.charAt(end - 1))) {
                end--;
            }
            if (start < end) {
                lines.add(new TextLine(start, end, joined.substring(start, end)));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return lines;
    }

    /** One trimmed non-blank line: {@code [start, end)} in the joined text. */
    record TextLine(int start, int end, String text) {}
}
