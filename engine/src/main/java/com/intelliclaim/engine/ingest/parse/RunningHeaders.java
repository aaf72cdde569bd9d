package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes running headers and footers: lines near the top or bottom of a page whose text, with digits masked (page
 * numbers vary), recurs near the top or bottom of at least half of the pages with text, and of at least three. Real
 * headers are often a block (company, address, product, "Policy Wordings"), so removal walks in from each edge and
 * stops at the {@value #BAND}rd line that is not running. Body text repeated mid-page is left alone. Linear.
 */
final class RunningHeaders {
    /** Walking in from an edge, removal stops at this many lines that are not running. */
    static final int BAND = 3;
    /** How many lines at the top and at the bottom of a page are compared across pages. */
    static final int SCAN = 12;
    static final int MIN_PAGES = 3;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NON_WORD = Pattern.compile("[\\s|]+");

    private RunningHeaders() {
    }

    /** A copy of {@code pages} without their running headers and footers. */
    static List<List<PdfLine>> remove(List<List<PdfLine>> pages) {
        Set<String> running = findRunning(pages);
        List<List<PdfLine>> out = new ArrayList<>(pages.size());
        for (List<PdfLine> lines : pages) {
            if (running.isEmpty()) {
                out.add(lines);
                continue;
            }
            boolean[] drop = new boolean[lines.size()];
            markFromEdge(lines, running, drop, 0, 1);
            markFromEdge(lines, running, drop, lines.size() - 1, -1);
            List<PdfLine> kept = new ArrayList<>(lines.size());
            for (int i = 0; i < lines.size(); i++) {
                if (!drop[i]) {
                    kept.add(lines.get(i));
                }
            }
            out.add(kept);
        }
        return out;
    }

    private static void markFromEdge(List<PdfLine> lines, Set<String> running, boolean[] drop, int from, int step) {
        int others = 0;
        for (int i = from, seen = 0; i >= 0 && i < lines.size() && seen < SCAN && others < BAND; i += step, seen++) {
            if (running.contains(key(lines.get(i)))) {
                drop[i] = true;
            } else {
                others++;
            }
        }
    }

    private static Set<String> findRunning(List<List<PdfLine>> pages) {
        Map<String, Integer> pagesPerKey = new HashMap<>();
        int pagesWithText = 0;
        for (List<PdfLine> lines : pages) {
            if (lines.isEmpty()) {
                continue;
            }
            pagesWithText++;
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < lines.size(); i++) {
                if (i < SCAN || i >= lines.size() - SCAN) {
                    keys.add(key(lines.get(i)));
                }
            }
            keys.forEach(k -> pagesPerKey.merge(k, 1, Integer::sum));
        }
        int threshold = Math.max(MIN_PAGES, (pagesWithText + 1) / 2);
        Set<String> running = new HashSet<>();
        pagesPerKey.forEach((k, n) -> {
            if (n >= threshold && !k.isEmpty()) {
                running.add(k);
            }
        });
        return running;
    }

    /** Case, spacing, cell separators and the values of numbers do not matter when comparing header lines. */
    static String key(PdfLine line) {
        StringBuilder raw = new StringBuilder();
        for (PdfLine.Segment s : line.segments()) {
            raw.append(s.text()).append(' ');
        }
        String masked = DIGITS.matcher(raw).replaceAll("#");
        return NON_WORD.matcher(masked.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
