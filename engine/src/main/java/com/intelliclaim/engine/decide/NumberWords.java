package com.intelliclaim.engine.decide;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes English number words (zero to ninety-nine) as digits — "six" → "6", "forty-six" and "forty six" → "46" —
 * and "a year" / "an year" as "1 year". Looked up word by word: a pattern of every number word would be tried at
 * every character.
 */
public final class NumberWords {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy",
            "eighty", "ninety");
    private static final Map<String, Integer> VALUES = values();
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    /** A tens word and what may join it to a unit ("forty-six", "forty six"). */
    private static final Pattern JOINED_UNIT = Pattern.compile("[- ]([a-z]+)");
    /** "a year", "an year", "a week", "a night" — but not "a day care procedure". */
    private static final Pattern ONE_UNIT =
            Pattern.compile("\\ban? (?=(?:year|month|week|day|night)\\b(?![- ]?care))");

    private NumberWords() {
    }

    /** {@code lower} (lower-cased text) with every number word written as digits, and "a year" as "1 year". */
    public static String toDigits(String lower) {
        StringBuilder out = new StringBuilder(lower.length());
        Matcher word = WORD.matcher(lower);
        Matcher unit = JOINED_UNIT.matcher(lower);
        int copied = 0;
        while (word.find()) {
            Integer value = VALUES.get(word.group());
            if (value == null) {
                continue;
            }
            int end = word.end();
            if (value >= 20 && unit.region(end, lower.length()).lookingAt()) {
                Integer ones = VALUES.get(unit.group(1));
                if (ones != null && ones > 0 && ones < 10) {
                    value += ones;
                    end = unit.end();
                }
            }
            out.append(lower, copied, word.start()).append(value);
            copied = end;
            word.region(end, lower.length());
        }
        out.append(lower, copied, lower.length());
        return ONE_UNIT.matcher(out).replaceAll("1 ");
    }

    /**
     * The value of a number written in digits or English words ("24", "twenty-four", "twenty four", "six"); null when
     * it is neither.
     */
    public static Integer value(String text) {
        String words = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (!words.isEmpty() && words.chars().allMatch(Character::isDigit)) {
            return Integer.valueOf(words);
        }
        String[] parts = words.split("[\\s-]+");
        Integer first = VALUES.get(parts[0]);
        if (first == null || parts.length > 2) {
            return null;
        }
        if (parts.length == 1) {
            return first;
        }
        Integer ones = VALUES.get(parts[1]);
        return first >= 20 && ones != null && ones > 0 && ones < 10 ? first + ones : null;
    }

    private static Map<String, Integer> values() {
        Map<String, Integer> values = new HashMap<>();
        for (int i = 0; i < UNITS.size(); i++) {
            values.put(UNITS.get(i), i);
        }
        for (int i = 0; i < TENS.size(); i++) {
            values.put(TENS.get(i), 20 + 10 * i);
        }
        return Map.copyOf(values);
    }
}
