package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The printed lines of one table under its header, grouped into rows. A line continues the row above when it is set
 * closer than a row usually opens (half a step for a cell centred between two lines, a little less than the usual row
 * step for a wrapped cell in a padded table), when it holds no values yet, or when its label reads on from the row's
 * label ("and", a comma, lower case). A line of values alone opens a row only when the row already has a label and
 * values and the new values are centred on a label that follows less than a line below them. {@code usual} is the
 * page's usual step between lines, {@code firstStep} the step from the header (or the page top) down to the first line.
 */
record TableRegion(List<PdfLine> lines, TableHeader header, float usual, float firstStep) {
    /** A step under this share of the usual step is a line of the same row set between two others (centred cells). */
    private static final float HALF_STEP = 0.7f;
    /** A step under this share of the usual row opening is a wrapped line of the same row. */
    private static final float WRAP_STEP = 0.93f;
    private static final Set<String> OPEN_ENDINGS = Set.of("and", "or", "of", "the", "for", "to", "in", "with", "by",
            "a", "an", "per", "on", "at", "from", "under");

    /** Each row as one line (see {@link PdfTableRow#toLine()}), top to bottom. */
    List<PdfLine> rows() {
        List<PdfLine> out = new ArrayList<>();
        List<Float> openings = new ArrayList<>();
        PdfTableRow row = null;
        for (int k = 0; k < lines.size(); k++) {
            if (row == null || startsRow(k, row, openings)) {
                if (row != null) {
                    out.add(row.toLine());
                }
                row = new PdfTableRow(header, lines.get(k));
                openings.add(k == 0 ? firstStep : step(k));
            } else {
                row.add(lines.get(k));
            }
        }
        if (row != null) {
            out.add(row.toLine());
        }
        return out;
    }

    private boolean startsRow(int k, PdfTableRow row, List<Float> openings) {
        float step = step(k);
        if (step < HALF_STEP * usual || step < WRAP_STEP * median(openings) || !row.hasValues()) {
            return false;
        }
        List<TableHeader.Placement> placed = header.place(lines.get(k));
        if (placed.get(0).zone() == 0) {
            return !readsOn(row.label(), placed.get(0).cell().text());
        }
        return !row.label().isEmpty() && centredLabelFollows(k);
    }

    /** The median of the steps at which rows have opened so far. */
    private static float median(List<Float> openings) {
        float[] sorted = new float[openings.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = openings.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }

    /** Whether the values at line {@code k} (and below) are centred on a label set less than a line below them. */
    private boolean centredLabelFollows(int k) {
        for (int j = k + 1; j < lines.size(); j++) {
            if (header.place(lines.get(j)).get(0).zone() == 0) {
                return step(j) < HALF_STEP * usual;
            }
        }
        return false;
    }

    private float step(int k) {
        return PdfTables.step(lines, k);
    }

    /** Whether {@code next} continues {@code label}: it starts in lower case or a bracket, or the label ends open. */
    static boolean readsOn(String label, String next) {
        char first = next.charAt(0);
        if (Character.isLowerCase(first) || first == '(' || first == '&') {
            return true;
        }
        if (label.isEmpty()) {
            return false;
        }
        char last = label.charAt(label.length() - 1);
        String[] words = label.split("\\s+");
        return "-,/&(".indexOf(last) >= 0 || OPEN_ENDINGS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }
}
