package com.intelliclaim.engine.index;

/**
 * The k best (score, slot) pairs seen so far, as a min-heap on primitive arrays (no boxing per candidate). Ties go to
 * the lower slot so results are deterministic. Not thread-safe: one per search part.
 */
final class TopK {
    private final float[] scores;
    private final int[] slots;
    private int size;

    TopK(int k) {
        scores = new float[k];
        slots = new int[k];
    }

    void offer(float score, int slot) {
        if (size < scores.length) {
            scores[size] = score;
            slots[size] = slot;
            siftUp(size++);
        } else if (better(score, slot, scores[0], slots[0])) {
            scores[0] = score;
            slots[0] = slot;
            siftDown(0);
        }
    }

    int size() {
        return size;
    }

    /** True when k pairs are held, so every pair not held scored at most {@link #worstScore()}. */
    boolean isFull() {
        return size == scores.length;
    }

    /** The lowest score held; only meaningful when not empty. */
    float worstScore() {
        return scores[0];
    }

    /** The slot of the i-th pair held, in heap order (0 ≤ i &lt; size). */
    int slotAt(int i) {
        return slots[i];
    }

    void addAll(TopK other) {
        for (int i = 0; i < other.size; i++) {
            offer(other.scores[i], other.slots[i]);
        }
    }

    /** Slots best first; {@link #sortedScores()} gives the matching scores. Destroys the heap. */
    int[] sortedSlots() {
        int n = size;
        int[] ordered = new int[n];
        float[] orderedScores = new float[n];
        for (int i = n - 1; i >= 0; i--) {
            ordered[i] = slots[0];
            orderedScores[i] = scores[0];
            size--;
            scores[0] = scores[size];
            slots[0] = slots[size];
            siftDown(0);
        }
        System.arraycopy(orderedScores, 0, scores, 0, n);
        System.arraycopy(ordered, 0, slots, 0, n);
        size = n;
        return ordered;
    }

    float[] sortedScores() {
        float[] copy = new float[size];
        System.arraycopy(scores, 0, copy, 0, size);
        return copy;
    }

    private static boolean better(float score, int slot, float otherScore, int otherSlot) {
        return score > otherScore || (score == otherScore && slot < otherSlot);
    }

    private void siftUp(int index) {
        while (index > 0) {
            int parent = (index - 1) / 2;
            if (!better(scores[parent], slots[parent], scores[index], slots[index])) {
                return;
            }
            swap(index, parent);
            index = parent;
        }
    }

    private void siftDown(int index) {
        while (true) {
            int worst = index;
            for (int child = 2 * index + 1; child <= 2 * index + 2 && child < size; child++) {
                if (better(scores[worst], slots[worst], scores[child], slots[child])) {
                    worst = child;
                }
            }
            if (worst == index) {
                return;
            }
            swap(index, worst);
            index = worst;
        }
    }

    private void swap(int a, int b) {
        float score = scores[a];
        scores[a] = scores[b];
        scores[b] = score;
        int slot = slots[a];
        slots[a] = slots[b];
        slots[b] = slot;
    }
}
