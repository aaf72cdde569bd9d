package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds tables on a single-column PDF page from where its text sits, and writes each table row as one line carrying
 * its column headers, in the format of Word tables ({@link TableRows}): "Room rent | Plan A: 1% of SI | Plan B: 2% of
 * SI". A table is a header line (short names in two or more cells, see {@link TableHeader}) followed by at least
 * {@value #MIN_ALIGNED} lines with cells under two or more of its headers; it ends at a wide vertical gap, at a line
 * running from the labels under the last header (a sentence), or where its header is repeated. A row spans printed
 * lines when its cells wrap or are centred vertically (see {@link TableRegion}); a table that runs to the end of a
 * page (or to its footer) continues on the next page with the same headers when that page starts with a row of values
 * under them. Other lines are left exactly as they are. One instance per document, in page order; not thread-safe.
 */
final class PdfTables {
    static final int MIN_ALIGNED = 2;
    /** Lines after a table that still let it continue on the next page: a page number, a footer left in. */
    private static final int FOOTER_LINES = 2;
    /** A step this many times the page's usual line step ends a table (a paragraph break). */
    private static final float MAX_ROW_GAP = 1.6f;

    private TableHeader open;
    /** The usual line step of the page the open table started on; a page's last lines alone are too few to tell. */
    private float openUsual;
    private int rowsWritten;

    /** The page's lines with every table written row by row; a table left open by the last page continues here. */
    List<PdfLine> rewrite(List<PdfLine> lines) {
        float usual = ColumnLayout.usualStep(lines);
        List<PdfLine> out = new ArrayList<>(lines.size());
        int i = continuation(lines, out);
        while (i < lines.size()) {
            TableHeader header = header(lines, i, usual);
            int end = header == null ? i : regionEnd(lines, i + 1, header, usual);
            if (header != null && aligned(lines, i + 1, end, header) >= MIN_ALIGNED) {
                out.add(lines.get(i));
                out.addAll(rows(lines.subList(i + 1, end), header, usual, i + 1 < end ? step(lines, i + 1) : usual));
                open = runsToPageEnd(lines, end) ? header : null;
                openUsual = usual;
                i = end;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /**
     * The header line {@code i} makes, or null; a line set right under a row of values that fits its columns is in
     * the middle of a table (a cell of names), not at its top.
     */
    private static TableHeader header(List<PdfLine> lines, int i, float usual) {
        TableHeader header = TableHeader.of(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : null);
        if (header == null || i == 0 || step(lines, i) > MAX_ROW_GAP * usual) {
            return header;
        }
        PdfLine above = lines.get(i - 1);
        return header.aligned(above) && !TableHeader.namesOnly(above) ? null : header;
    }

    /** Forgets a table left open by the page before (the next page is a scan, or two columns). */
    void endTable() {
        open = null;
    }

    /** How many table rows (headers not counted) have been written so far. */
    int rowsWritten() {
        return rowsWritten;
    }

    /** Writes the rows that continue the previous page's table at the top of this page; returns the next line. */
    private int continuation(List<PdfLine> lines, List<PdfLine> out) {
        TableHeader header = open;
        open = null;
        if (header == null || lines.isEmpty() || lines.get(0).text().equals(header.line().text())
                || !header.aligned(lines.get(0))) {
            return 0;
        }
        int end = regionEnd(lines, 0, header, openUsual);
        out.addAll(rows(lines.subList(0, end), header, openUsual, openUsual));
        open = runsToPageEnd(lines, end) ? header : null;
        return end;
    }

    /** Whether only a footer (at most {@value #FOOTER_LINES} one-cell lines) follows a table ending at {@code end}. */
    private static boolean runsToPageEnd(List<PdfLine> lines, int end) {
        return lines.size() - end <= FOOTER_LINES
                && lines.subList(end, lines.size()).stream().allMatch(l -> l.cells().size() == 1);
    }

    private static int regionEnd(List<PdfLine> lines, int from, TableHeader header, float usual) {
        int j = from;
        while (j < lines.size() && header.fits(lines.get(j))
                && (j == 0 || step(lines, j) <= MAX_ROW_GAP * usual)
                && !lines.get(j).text().equals(header.line().text())) {
            j++;
        }
        return j;
    }

    private static int aligned(List<PdfLine> lines, int from, int to, TableHeader header) {
        int count = 0;
        for (int j = from; j < to; j++) {
            count += header.aligned(lines.get(j)) ? 1 : 0;
        }
        return count;
    }

    static float step(List<PdfLine> lines, int j) {
        return lines.get(j).baseline() - lines.get(j - 1).lastBaseline();
    }

    private List<PdfLine> rows(List<PdfLine> region, TableHeader header, float usual, float firstStep) {
        List<PdfLine> out = new TableRegion(region, header, usual, firstStep).rows();
        rowsWritten += out.size();
        return out;
    }
}
