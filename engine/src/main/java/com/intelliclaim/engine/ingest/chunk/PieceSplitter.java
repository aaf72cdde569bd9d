package com.intelliclaim.engine.ingest.chunk;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a block longer than the maximum into pieces that fit: each piece ends at the best cut point (see
 * {@link CutPoints}) between half the target and the maximum, preferring one near the target, and the next piece
 * starts with about {@code overlapTokens} of the previous one (from a sentence start when there is one), so a fact
 * on the cut is whole in at least one piece.
 */
final class PieceSplitter {
    private final TokenCounter counter;
    private final ChunkingOptions options;

    PieceSplitter(TokenCounter counter, ChunkingOptions options) {
        this.counter = counter;
        this.options = options;
    }

    /** A piece: {@code [start, end)} in the document's joined text. */
    record Span(int start, int end) {}

    /** The pieces of {@code block}, in order; one piece when the block fits. */
    List<Span> split(String text, Block block) {
        CutPoints words = CutPoints.of(text, block.lines());
        Window window = new Window(text, words);
        int last = words.size() - 1;
        List<Span> pieces = new ArrayList<>();
        int start = 0;
        int firstNew = 0;
        while (!window.fits(start, last)) {
            // Every word is at least one token, so no piece holds more than maxTokens words.
            int fits = window.lastFitting(start, Math.min(last, start + options.maxTokens()), options.maxTokens());
            if (fits < firstNew && start < firstNew) {
                start = firstNew; // the overlap leaves no room for new text: drop it
                continue;
            }
            int end = fits < firstNew ? firstNew : chooseCut(window, words, start, firstNew, fits);
            pieces.add(new Span(words.start(start), words.end(end)));
            firstNew = end + 1;
            start = overlapStart(window, words, start, end);
        }
        pieces.add(new Span(words.start(start), words.end(last)));
        return pieces;
    }

    private int chooseCut(Window window, CutPoints words, int start, int firstNew, int fits) {
        int half = Math.max(firstNew, window.lastFitting(start, fits, options.targetTokens() / 2));
        int target = window.lastFitting(start, fits, options.targetTokens());
        int best = bestPriority(words, half, fits);
        if (best < CutPoints.WORD) {
            // Only cuts inside a table row above half the target: cut earlier at a row end, or inside as a last resort.
            half = firstNew;
            best = bestPriority(words, half, fits);
        }
        int chosen = -1;
        for (int k = half; k <= fits; k++) {
            if (words.priorityAfter(k) == best && (chosen < 0 || k <= target)) {
                chosen = k;
            }
        }
        return chosen < 0 ? fits : chosen;
    }

    private static int bestPriority(CutPoints words, int from, int to) {
        int best = CutPoints.INSIDE_ROW;
        for (int k = from; k <= to; k++) {
            best = Math.max(best, words.priorityAfter(k));
        }
        return best;
    }

    private int overlapStart(Window window, CutPoints words, int start, int end) {
        int next = end + 1;
        int from = next;
        while (from - 1 > start && window.tokens(from - 1, end) <= options.overlapTokens()) {
            from--;
        }
        for (int k = from; k < next; k++) {
            if (words.priorityAfter(k - 1) >= CutPoints.SENTENCE) {
                return k;
            }
        }
        while (from < next && words.priorityAfter(from - 1) == CutPoints.INSIDE_ROW) {
            from++;
        }
        return from;
    }

    /** Token counts of word ranges of one block. */
    private final class Window {
        private final String text;
        private final CutPoints words;

        Window(String text, CutPoints words) {
            this.text = text;
            this.words = words;
        }

        boolean fits(int from, int to) {
            return to - from < options.maxTokens() && tokens(from, to) <= options.maxTokens();
        }

        int tokens(int from, int to) {
            return counter.count(text.substring(words.start(from), words.end(to)));
        }

        /** The last word {@code j} in {@code [from, limitWord]} with {@code tokens(from, j) <= limit}, or from - 1. */
        int lastFitting(int from, int limitWord, int limit) {
            int lo = from;
            int hi = limitWord;
            int found = from - 1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (tokens(from, mid) <= limit) {
                    found = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            return found;
        }
    }
}
