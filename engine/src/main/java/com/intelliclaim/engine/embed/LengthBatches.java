package com.intelliclaim.engine.embed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Groups texts of similar token length into batches, so that a padded batch wastes little work on padding: a
 * 20-token clause batched with a 250-token one would otherwise cost as much as a second long clause.
 */
final class LengthBatches {
    private LengthBatches() {
    }

    /**
     * The positions of the texts, shortest first, cut into batches of at most {@code batchSize}; every position
     * appears exactly once. Texts of equal length keep their order.
     */
    static List<int[]> plan(int[] lengths, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("The batch size must be at least 1, not " + batchSize + ".");
        }
        int[] order = IntStream.range(0, lengths.length).boxed()
                .sorted(Comparator.comparingInt(i -> lengths[i])).mapToInt(Integer::intValue).toArray();
        List<int[]> batches = new ArrayList<>();
        for (int from = 0; from < order.length; from += batchSize) {
            int to = Math.min(order.length, from + batchSize);
            int[] batch = new int[to - from];
            System.arraycopy(order, from, batch, 0, batch.length);
            batches.add(batch);
        }
        return batches;
    }
}
