package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Puts a page's lines into reading order and renders them as text. A two-column page is recognised by a vertical
 * gutter in the middle fifth of the text that (almost) no line crosses, with both sides filled like running prose and
 * holding similar numbers of lines; it is read left column then right column, with full-width lines (titles, tables)
 * kept in place between them. Short table cells leave gaps too, but they do not fill their side, so tables are not
 * mistaken for columns. Linear in the text.
 */
final class ColumnLayout {
    static final int MIN_LINES = 6;
    private static final int BINS = 200;
    /** Share of lines allowed to cross the gutter (full-width titles, wide table rows). */
    private static final float MAX_CROSSING = 0.1f;
    /**
     * Line length, as a share of the column width (margin to gutter middle), that a quarter of a column's lines must
     * reach: prose and lists fill their column up to a narrow gutter, short table cells leave a wide gap.
     */
    private static final float MIN_FILL = 0.6f;
    /**
     * Least ratio between the line counts of the two sides. Prose columns are both full; a two-cell table (office |
     * jurisdiction, cover | exclusions) has a long side and a sparse one and is better read row by row.
     */
    private static final float MIN_BALANCE = 0.6f;
    /** A baseline step this many times the page's usual step means a paragraph break. */
    private static final float PARAGRAPH_STEP = 1.6f;

    private ColumnLayout() {
    }

    /** A vertical band from {@code start} to {@code end} (points) that separates two columns. */
    record Gutter(float start, float end) {
        float middle() {
            return (start + end) / 2;
        }
    }

    /**
     * The page's text in reading order, one line per line, a blank line between paragraphs. A single-column page's
     * tables are written row by row by {@code tables}; a two-column page is never read as a table, and ends any table
     * left open by the page before.
     */
    static String read(List<PdfLine> lines, PdfTables tables) {
        Gutter gutter = findGutter(lines);
        if (gutter != null) {
            tables.endTable();
            return render(reorder(lines, gutter));
        }
        return render(tables.rewrite(lines));
    }

    /** The gutter of a two-column page, or null for a single-column page. */
    static Gutter findGutter(List<PdfLine> lines) {
        if (lines.size() < MIN_LINES) {
            return null;
        }
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (PdfLine line : lines) {
            left = Math.min(left, line.x0());
            right = Math.max(right, line.x1());
        }
        float binWidth = (right - left) / BINS;
        if (binWidth <= 0) {
            return null;
        }
        int[] cover = coverage(lines, left, binWidth);
        Gutter gutter = widestCentralGap(cover, left, binWidth, (int) (lines.size() * MAX_CROSSING));
        return gutter != null && bothSidesFilled(lines, gutter, left, right) ? gutter : null;
    }

    /** For each bin across the page, how many lines have text in it. */
    private static int[] coverage(List<PdfLine> lines, float left, float binWidth) {
        int[] cover = new int[BINS];
        for (PdfLine line : lines) {
            int lastBin = -1;
            for (PdfLine.Segment s : line.segments()) {
                int from = Math.max(lastBin + 1, bin(s.x0(), left, binWidth));
                int to = bin(s.x1(), left, binWidth);
                for (int b = from; b <= to; b++) {
                    cover[b]++;
                }
                lastBin = Math.max(lastBin, to);
            }
        }
        return cover;
    }

    private static int bin(float x, float left, float binWidth) {
        return Math.min(BINS - 1, Math.max(0, (int) ((x - left) / binWidth)));
    }

    private static Gutter widestCentralGap(int[] cover, float left, float binWidth, int maxCrossing) {
        int bestStart = -1;
        int bestLength = 1; // a gutter is at least two bins (1% of the text width) wide
        int runStart = -1;
        for (int b = 0; b <= BINS; b++) {
            boolean open = b < BINS && cover[b] <= maxCrossing;
            if (open && runStart < 0) {
                runStart = b;
            } else if (!open && runStart >= 0) {
                int centre = (runStart + b) / 2;
                boolean central = centre >= BINS * 4 / 10 && centre <= BINS * 6 / 10;
                if (central && runStart > 0 && b < BINS && b - runStart > bestLength) {
                    bestStart = runStart;
                    bestLength = b - runStart;
                }
                runStart = -1;
            }
        }
        if (bestStart < 0) {
            return null;
        }
        return new Gutter(left + bestStart * binWidth, left + (bestStart + bestLength) * binWidth);
    }

    private static boolean bothSidesFilled(List<PdfLine> lines, Gutter gutter, float left, float right) {
        List<Float> leftFill = new ArrayList<>();
        List<Float> rightFill = new ArrayList<>();
        for (PdfLine line : lines) {
            if (crosses(line, gutter)) {
                continue;
            }
            List<PdfLine.Segment> l = side(line, gutter, true);
            List<PdfLine.Segment> r = side(line, gutter, false);
            if (!l.isEmpty()) {
                leftFill.add(width(l) / (gutter.middle() - left));
            }
            if (!r.isEmpty()) {
                rightFill.add(width(r) / (right - gutter.middle()));
            }
        }
        int minSide = MIN_LINES / 2;
        boolean balanced = leftFill.size() >= MIN_BALANCE * rightFill.size()
                && rightFill.size() >= MIN_BALANCE * leftFill.size();
        return leftFill.size() >= minSide && rightFill.size() >= minSide && balanced
                && upperQuartile(leftFill) >= MIN_FILL && upperQuartile(rightFill) >= MIN_FILL;
    }

    private static float width(List<PdfLine.Segment> segments) {
        return segments.get(segments.size() - 1).x1() - segments.get(0).x0();
    }

    private static float median(List<Float> values) {
        return sorted(values)[(values.size() - 1) / 2];
    }

    private static float upperQuartile(List<Float> values) {
        return sorted(values)[values.size() * 3 / 4];
    }

    private static float[] sorted(List<Float> values) {
        float[] sorted = new float[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i);
        }
        Arrays.sort(sorted);
        return sorted;
    }

    private static boolean crosses(PdfLine line, Gutter gutter) {
        for (PdfLine.Segment s : line.segments()) {
            if (s.x0() < gutter.middle() && s.x1() > gutter.middle()) {
                return true;
            }
        }
        return false;
    }

    private static List<PdfLine.Segment> side(PdfLine line, Gutter gutter, boolean leftSide) {
        List<PdfLine.Segment> out = new ArrayList<>();
        for (PdfLine.Segment s : line.segments()) {
            boolean isLeft = (s.x0() + s.x1()) / 2 < gutter.middle();
            if (isLeft == leftSide) {
                out.add(s);
            }
        }
        return out;
    }

    /** Left column, then right column, between each pair of full-width lines. */
    static List<PdfLine> reorder(List<PdfLine> lines, Gutter gutter) {
        List<PdfLine> out = new ArrayList<>(lines.size() + 8);
        List<PdfLine> leftBlock = new ArrayList<>();
        List<PdfLine> rightBlock = new ArrayList<>();
        for (PdfLine line : lines) {
            if (crosses(line, gutter)) {
                flush(out, leftBlock, rightBlock);
                out.add(line);
                continue;
            }
            List<PdfLine.Segment> l = side(line, gutter, true);
            List<PdfLine.Segment> r = side(line, gutter, false);
            if (!l.isEmpty()) {
                leftBlock.add(new PdfLine(line.baseline(), l));
            }
            if (!r.isEmpty()) {
                rightBlock.add(new PdfLine(line.baseline(), r));
            }
        }
        flush(out, leftBlock, rightBlock);
        return out;
    }

    private static void flush(List<PdfLine> out, List<PdfLine> leftBlock, List<PdfLine> rightBlock) {
        out.addAll(leftBlock);
        out.addAll(rightBlock);
        leftBlock.clear();
        rightBlock.clear();
    }

    private static String render(List<PdfLine> lines) {
        float usualStep = usualStep(lines);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && lines.get(i).baseline() - lines.get(i - 1).lastBaseline() > PARAGRAPH_STEP * usualStep) {
                out.append('\n');
            }
            out.append(lines.get(i).text()).append('\n');
        }
        return out.toString();
    }

    /** The median distance between consecutive baselines going down the page; infinite when there is none. */
    static float usualStep(List<PdfLine> lines) {
        List<Float> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            float step = lines.get(i).baseline() - lines.get(i - 1).lastBaseline();
            if (step > 0) {
                steps.add(step);
            }
        }
        return steps.isEmpty() ? Float.POSITIVE_INFINITY : median(steps);
    }
}
