package com.intelliclaim.engine.ingest.parse;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the numbers Word shows before list paragraphs ("1.", "1.2", "a)", "iv.", "•"), which are not in the
 * document's text: one counter per list and level, deeper levels restarting when a shallower one advances. Not
 * thread-safe: one instance per document.
 */
final class ListNumbers {
    private static final int LEVELS = 9;
    private final Map<BigInteger, int[]> counters = new HashMap<>();

    /**
     * The marker for a paragraph of list {@code numId} at {@code level} (0-based) with Word's number format
     * ({@code decimal}, {@code lowerLetter}, {@code bullet} …) and level text ({@code "%1."}, {@code "%1.%2"}).
     */
    String next(BigInteger numId, int level, String format, String levelText) {
        int depth = Math.max(0, Math.min(LEVELS - 1, level));
        if (format == null || format.equals("bullet") || format.equals("none")) {
            return format != null && format.equals("none") ? "" : "•";
        }
        int[] counts = counters.computeIfAbsent(numId, id -> new int[LEVELS]);
        counts[depth]++;
        for (int deeper = depth + 1; deeper < LEVELS; deeper++) {
            counts[deeper] = 0;
        }
        String pattern = levelText == null || levelText.isBlank() ? "%" + (depth + 1) + "." : levelText;
        StringBuilder marker = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && Character.isDigit(pattern.charAt(i + 1))) {
                int at = pattern.charAt(++i) - '1';
                int value = at >= 0 && at < LEVELS ? Math.max(1, counts[at]) : 1;
                marker.append(at == depth ? format(value, format) : String.valueOf(value));
            } else {
                marker.append(c);
            }
        }
        return marker.toString().strip();
    }

    static String format(int value, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(value).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(value);
            case "lowerRoman" -> roman(value).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(value);
            default -> String.valueOf(value);
        };
    }

    private static String letters(int value) {
        StringBuilder out = new StringBuilder();
        for (int v = value; v > 0; v = (v - 1) / 26) {
            out.insert(0, (char) ('A' + (v - 1) % 26));
        }
        return out.toString();
    }

    private static String roman(int value) {
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        int v = value;
        for (int i = 0; i < values.length; i++) {
            while (v >= values[i]) {
                out.append(symbols[i]);
                v -= values[i];
            }
        }
        return out.toString();
    }
}
