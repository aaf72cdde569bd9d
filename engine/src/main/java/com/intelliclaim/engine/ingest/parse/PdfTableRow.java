package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One row of a PDF table being put together from the printed lines it spans: a wrapped cell's lines join the cell
 * they sit under (same zone, overlapping horizontally); cells side by side in one zone stay separate. Not thread-safe.
 */
final class PdfTableRow {
    private final TableHeader header;
    private final List<Cell> cells = new ArrayList<>();
    private final float baseline;
    private float lastBaseline;

    private static final class Cell {
        final int zone;
        final boolean spanning;
        final StringBuilder text;
        float x0;
        float x1;

        Cell(TableHeader.Placement placed) {
            this.zone = placed.zone();
            this.spanning = placed.spanning();
            this.text = new StringBuilder(placed.cell().text());
            this.x0 = placed.cell().x0();
            this.x1 = placed.cell().x1();
        }

        float overlap(PdfLine.Segment other) {
            return Math.min(x1, other.x1()) - Math.max(x0, other.x0());
        }

        void append(PdfLine.Segment more) {
            // "Check-" above "up" is one word; other wrapped words are separated by a space.
            boolean hyphen = text.length() > 1 && text.charAt(text.length() - 1) == '-'
                    && Character.isLetter(text.charAt(text.length() - 2));
            text.append(hyphen ? "" : " ").append(more.text());
            x0 = Math.min(x0, more.x0());
            x1 = Math.max(x1, more.x1());
        }
    }

    PdfTableRow(TableHeader header, PdfLine first) {
        this.header = header;
        this.baseline = first.baseline();
        add(first);
    }

    void add(PdfLine line) {
        for (TableHeader.Placement placed : header.place(line)) {
            Cell under = null;
            for (Cell cell : cells) {
                if (cell.zone == placed.zone() && cell.overlap(placed.cell()) > 0
                        && (under == null || cell.overlap(placed.cell()) > under.overlap(placed.cell()))) {
                    under = cell;
                }
            }
            if (under == null) {
                cells.add(new Cell(placed));
            } else {
                under.append(placed.cell());
            }
        }
        lastBaseline = line.lastBaseline();
    }

    boolean hasValues() {
        return cells.stream().anyMatch(c -> c.zone > 0);
    }

    /** The row's label so far (its cells in zone 0), empty when it has none. */
    String label() {
        return String.join(" ", cells.stream().filter(c -> c.zone == 0).map(c -> c.text.toString()).toList());
    }

    /** The row as one line: its label, then each value named by its column header (see {@link TableRows}). */
    PdfLine toLine() {
        List<Cell> values = new ArrayList<>(cells.stream().filter(c -> c.zone > 0).toList());
        values.sort(Comparator.comparingDouble(c -> c.x0));
        List<String> names = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        names.add("");
        texts.add(label());
        // A lone value set between the columns, under no header, is a merged cell that holds for every column.
        boolean merged = values.size() == 1 && header.valueZones() >= 2
                && !header.underAHeader(new PdfLine.Segment("", values.get(0).x0, values.get(0).x1));
        for (Cell value : values) {
            names.add(value.spanning || merged ? "" : header.name(value.zone));
            texts.add(value.text.toString());
        }
        float x0 = (float) cells.stream().mapToDouble(c -> c.x0).min().orElse(0);
        float x1 = (float) cells.stream().mapToDouble(c -> c.x1).max().orElse(0);
        return new PdfLine(baseline, List.of(new PdfLine.Segment(TableRows.row(names, texts), x0, x1)), lastBaseline);
    }
}
