package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One line of a PDF page as laid out: its baseline (distance from the top of the page, in points) and its pieces of
 * text left to right. A segment is a run of text without a wide gap; the gaps between segments are what reveal
 * table cells and column gutters. A table row written as one line spans several printed lines: {@code lastBaseline}
 * is the baseline of its last one (for a printed line, its own baseline).
 */
record PdfLine(float baseline, List<Segment> segments, float lastBaseline) {
    PdfLine {
        segments = List.copyOf(segments);
    }

    /** A printed line. */
    PdfLine(float baseline, List<Segment> segments) {
        this(baseline, segments, baseline);
    }

    /** A run of text from {@code x0} to {@code x1} (points from the left edge). */
    record Segment(String text, float x0, float x1) {
        float charWidth() {
            return text.isEmpty() ? 0 : (x1 - x0) / text.length();
        }
    }

    float x0() {
        return segments.get(0).x0();
    }

    float x1() {
        return segments.get(segments.size() - 1).x1();
    }

    /** The line's text; segments far apart (more than {@link #CELL_GAP_CHARS} average characters) read as cells. */
    String text() {
        return join(segments);
    }

    /** A list marker ("i.", "(a)", "3)", a bullet) set off by a tab-like gap: an indent, not a table cell. */
    private static final Pattern LIST_MARKER = Pattern.compile("\\(?[0-9A-Za-z]{1,4}[.)]|[\\p{Pd}*\\u2022\\u25AA\\uF0B7\\uF0A7\\uF0D8]");

    /** Gap, in average character widths, above which two segments are separate table cells rather than words. */
    static final float CELL_GAP_CHARS = 4f;

    private static String join(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment cell : cells(segments)) {
            if (!out.isEmpty()) {
                out.append(TableRows.SEPARATOR);
            }
            out.append(cell.text());
        }
        return out.toString();
    }

    /** The line's cells: its segments joined by spaces where the gaps between them are narrower than a cell gap. */
    List<Segment> cells() {
        return cells(segments);
    }

    private static List<Segment> cells(List<Segment> segments) {
        float totalWidth = 0;
        int totalChars = 0;
        for (Segment s : segments) {
            totalWidth += s.x1() - s.x0();
            totalChars += s.text().length();
        }
        float cellGap = totalChars == 0 ? Float.MAX_VALUE : CELL_GAP_CHARS * totalWidth / totalChars;
        List<Segment> cells = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Segment first = null;
        Segment previous = null;
        for (Segment s : segments) {
            if (previous != null) {
                boolean cell = s.x0() - previous.x1() > cellGap
                        && !(previous == segments.get(0) && LIST_MARKER.matcher(previous.text()).matches());
                if (cell) {
                    cells.add(new Segment(text.toString(), first.x0(), previous.x1()));
                    text.setLength(0);
                    first = null;
                } else {
                    text.append(' ');
                }
            }
            first = first == null ? s : first;
            text.append(s.text());
            previous = s;
        }
        if (first != null) {
            cells.add(new Segment(text.toString(), first.x0(), previous.x1()));
        }
        return cells;
    }
}
