package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The column headers of a PDF table and the horizontal band ("zone") each one owns: zone boundaries lie midway
 * between neighbouring header cells, so centred headers above wider columns still own their columns. Zone 0 holds the
 * row labels; when the header leaves the top-left cell empty, zone 0 is a nameless label zone left of the first header.
 */
final class TableHeader {
    /** A header cell is a short name: at most this many words … */
    private static final int MAX_WORDS = 6;
    /** … and characters. */
    private static final int MAX_CHARS = 40;
    /** A cell overlapping another zone by this share of its width spans both. */
    private static final float SPAN_SHARE = 0.25f;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    /**
     * A column name starts with a capital or a bracket and has no colon, comma, e-mail sign or square bracket, and no
     * open end ("Check-", "Varices &"): "Plan A", "Sum Insured (Rs.)", not "Mastoidectomy:" or "ORTHOKIT, ETC]".
     */
    private static final Pattern NAME = Pattern.compile("[\\p{Lu}(][^:,@\\[\\]]*[^-&/(.,;\\s]");

    private final PdfLine line;
    private final List<String> names;
    private final float[] boundaries;
    private final float lastHeaderStart;

    private TableHeader(PdfLine line, List<String> names, float[] boundaries) {
        this.line = line;
        this.names = List.copyOf(names);
        this.boundaries = boundaries;
        List<PdfLine.Segment> cells = line.cells();
        this.lastHeaderStart = cells.get(cells.size() - 1).x0();
    }

    /** Where a cell of a row falls: its zone, and whether it spans more than one value zone. */
    record Placement(PdfLine.Segment cell, int zone, boolean spanning) {}

    /**
     * The header {@code line} makes when it reads like one (two or more short, different cells, not mostly digits,
     * not numbered, not a sentence or a wrapped word) and differs in shape from the {@code next} line (rows repeat a
     * shape; a header does not), and the next line does not name more columns (then this line is a heading over the
     * headers); else null.
     */
    static TableHeader of(PdfLine line, PdfLine next) {
        List<PdfLine.Segment> cells = line.cells();
        if (cells.size() < 2 || next == null || shape(line).equals(shape(next)) || !namesOnly(cells)) {
            return null;
        }
        List<PdfLine.Segment> nextCells = next.cells();
        if (nextCells.size() > cells.size() && namesOnly(nextCells)) {
            // "Features | Plans" above "Plan A | Plan B | Plan C": the finer line below names the columns.
            return null;
        }
        List<String> names = new ArrayList<>();
        List<Float> bounds = new ArrayList<>();
        PdfLine.Segment firstOfNext = next.cells().get(0);
        if (firstOfNext.x1() < cells.get(0).x0() && next.cells().size() > 1) {
            // The top-left cell is empty: the row labels sit left of the first header.
            names.add("");
            bounds.add((firstOfNext.x1() + cells.get(0).x0()) / 2);
        }
        for (int i = 0; i < cells.size(); i++) {
            names.add(cells.get(i).text());
            if (i + 1 < cells.size()) {
                bounds.add((cells.get(i).x1() + cells.get(i + 1).x0()) / 2);
            }
        }
        float[] boundaries = new float[bounds.size()];
        for (int i = 0; i < boundaries.length; i++) {
            boundaries[i] = bounds.get(i);
        }
        return new TableHeader(line, names, boundaries);
    }

    /** Whether every cell of {@code line} reads as a column name. */
    static boolean namesOnly(PdfLine line) {
        return namesOnly(line.cells());
    }

    private static boolean namesOnly(List<PdfLine.Segment> cells) {
        int digits = 0;
        int chars = 0;
        for (PdfLine.Segment cell : cells) {
            String text = cell.text();
            if (text.length() > MAX_CHARS || text.split("\\s+").length > MAX_WORDS || !NAME.matcher(text).matches()) {
                return false;
            }
            digits += (int) text.chars().filter(Character::isDigit).count();
            chars += (int) text.chars().filter(c -> !Character.isWhitespace(c)).count();
        }
        long distinct = cells.stream().map(PdfLine.Segment::text).distinct().count();
        return digits * 3 <= chars && distinct == cells.size();
    }

    private static String shape(PdfLine line) {
        return DIGITS.matcher(line.text()).replaceAll("#");
    }

    PdfLine line() {
        return line;
    }

    /** The name of zone {@code zone}; empty for a nameless label zone. */
    String name(int zone) {
        return names.get(zone);
    }

    /** The zones each cell of {@code line} falls in, left to right. */
    List<Placement> place(PdfLine line) {
        List<Placement> placed = new ArrayList<>();
        for (PdfLine.Segment cell : line.cells()) {
            placed.add(place(cell));
        }
        return placed;
    }

    private Placement place(PdfLine.Segment cell) {
        if (zoneOf(cell.x0()) == 0) {
            return new Placement(cell, 0, false);
        }
        int best = zoneOf(cell.x0());
        float bestOverlap = -1;
        int zonesOverlapped = 0;
        for (int z = zoneOf(cell.x0()); z <= zoneOf(cell.x1()); z++) {
            float overlap = Math.min(cell.x1(), right(z)) - Math.max(cell.x0(), left(z));
            if (overlap > bestOverlap) {
                best = z;
                bestOverlap = overlap;
            }
            zonesOverlapped += overlap >= SPAN_SHARE * (cell.x1() - cell.x0()) ? 1 : 0;
        }
        return new Placement(cell, best, zonesOverlapped > 1);
    }

    /**
     * Whether {@code line} can belong to this table: no cell that starts among the row labels runs under the last
     * header, as a full-width sentence below the table does.
     */
    boolean fits(PdfLine line) {
        for (PdfLine.Segment cell : line.cells()) {
            if (zoneOf(cell.x0()) == 0 && cell.x1() > lastHeaderStart) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code cell} lies (at least partly) right under a header's own text. */
    boolean underAHeader(PdfLine.Segment cell) {
        for (PdfLine.Segment head : line.cells()) {
            if (Math.min(cell.x1(), head.x1()) > Math.max(cell.x0(), head.x0())) {
                return true;
            }
        }
        return false;
    }

    /** How many zones hold values (all but the label zone). */
    int valueZones() {
        return boundaries.length;
    }

    /** Whether {@code line} has cells in two or more zones, as a row of values does. */
    boolean aligned(PdfLine line) {
        List<Placement> placed = place(line);
        return placed.size() >= 2 && placed.stream().mapToInt(Placement::zone).distinct().count() >= 2;
    }

    private int zoneOf(float x) {
        int zone = 0;
        while (zone < boundaries.length && x >= boundaries[zone]) {
            zone++;
        }
        return zone;
    }

    private float left(int zone) {
        return zone == 0 ? -Float.MAX_VALUE : boundaries[zone - 1];
    }

    private float right(int zone) {
        return zone == boundaries.length ? Float.MAX_VALUE : boundaries[zone];
    }
}
