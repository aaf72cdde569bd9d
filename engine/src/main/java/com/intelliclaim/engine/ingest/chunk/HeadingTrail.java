package com.intelliclaim.engine.ingest.chunk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.StringJoiner;

/**
 * The path of headings above the current line, outermost first. A numbered heading sits at the depth its number
 * gives ("3" above "3.1" above "3.1.7") and closes every unnumbered heading; a heading without a ranked number sits
 * one level below the deepest numbered heading, so "Exclusions" after "3.1.14 Maternity" nests under it and is
 * replaced by the next unnumbered heading. Plain numbers ("3." and "1.") always rank alike: wordings reuse them at
 * two levels ("3. COVERAGE" then "1. EMERGENCY HOSPITALISATION") in ways only the layout tells apart, and a flat
 * guess is wrong more predictably than an inferred nesting.
 */
final class HeadingTrail {
    private record Entry(int depth, boolean ranked, String title, String clause) {}

    private final Deque<Entry> entries = new ArrayDeque<>();

    /** Enters the heading {@code line} (trimmed text) classified as {@code info}. */
    void enter(String line, LineInfo info) {
        Marker marker = info.marker();
        boolean ranked = marker != null && marker.depth() > 0;
        int depth = ranked ? marker.depth() : deepestRankedDepth() + 1;
        if (ranked) {
            entries.removeIf(entry -> !entry.ranked());
        }
        while (!entries.isEmpty() && entries.peekLast().depth() >= depth) {
            entries.removeLast();
        }
        String clause = info.numbersClause() ? info.markerText() : null;
        entries.addLast(new Entry(depth, ranked, normalise(line), clause));
    }

    /** The headings joined with " > ", or null when there are none. */
    String path() {
        if (entries.isEmpty()) {
            return null;
        }
        StringJoiner joiner = new StringJoiner(" > ");
        entries.forEach(entry -> joiner.add(entry.title()));
        return joiner.toString();
    }

    /** The clause number of the innermost numbered heading ("3.1.14" under "3.1.14 Maternity > Exclusions"). */
    String clause() {
        for (Iterator<Entry> it = entries.descendingIterator(); it.hasNext(); ) {
            Entry entry = it.next();
            if (entry.clause() != null) {
                return entry.clause();
            }
        }
        return null;
    }

    private int deepestRankedDepth() {
        int deepest = 0;
        for (Entry entry : entries) {
            if (entry.ranked() && entry.depth() > deepest) {
                deepest = entry.depth();
            }
        }
        return deepest;
    }

    private static String normalise(String heading) {
        String text = heading.trim().replaceAll("\\s+", " ");
        return text.endsWith(":") ? text.substring(0, text.length() - 1).trim() : text;
    }
}
