package com.intelliclaim.engine.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The distinct texts of a list (a policy repeats some clauses word for word, and one vector serves every copy),
 * where each text of the list went, and the order to embed them in: longest first, so that the worker threads end a
 * round on short texts.
 */
final class DistinctTexts {
    private final List<String> texts;
    private final int[] indexOf;

    private DistinctTexts(List<String> texts, int[] indexOf) {
        this.texts = texts;
        this.indexOf = indexOf;
    }

    /** Groups equal texts; the distinct texts keep the order of their first occurrence. */
    static DistinctTexts of(List<String> all) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> distinct = new ArrayList<>();
        int[] indexOf = new int[all.size()];
        for (int i = 0; i < all.size(); i++) {
            String text = all.get(i);
            Integer known = seen.putIfAbsent(text, distinct.size());
            if (known == null) {
                indexOf[i] = distinct.size();
                distinct.add(text);
            } else {
                indexOf[i] = known;
            }
        }
        return new DistinctTexts(List.copyOf(distinct), indexOf);
    }

    /** The distinct texts, in order of first occurrence. */
    List<String> texts() {
        return texts;
    }

    /** The position in {@link #texts()} of text {@code i} of the original list. */
    int indexOf(int i) {
        return indexOf[i];
    }

    /** Positions in {@link #texts()}, longest text first (by characters; ties keep their order). */
    int[] longestFirst() {
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(texts.get(b).length(), texts.get(a).length()));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
