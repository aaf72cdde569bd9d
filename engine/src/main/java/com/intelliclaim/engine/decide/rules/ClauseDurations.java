package com.intelliclaim.engine.decide.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations written in digits or words, with or without the other form in brackets: "24 months",
 * "thirty six (36) months", "36 (thirty six) months", "two (02) years", "90 Days", "twenty-four months".
 */
final class ClauseDurations {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19));
    private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50,
            "sixty", 60, "seventy", 70, "eighty", 80, "ninety", 90);
    private static final String WORD_NUMBER = "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
            + "(?:[\\s-]?(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine"
            + "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
    private static final String NUMBER = "(?:\\d{1,3}|" + WORD_NUMBER + ")";
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?<n>" + NUMBER + ")(?:\\s*\\(\\s*" + NUMBER + "\\s*\\))?[\\s-]*(?<unit>days?|months?|years?|yrs?)\\b",
            Pattern.CASE_INSENSITIVE);

    private ClauseDurations() {
    }

    /** A duration found in a text, with where it was. */
    record Found(WaitingTime time, int start, int end) {
    }

    /** Every duration in {@code text}, in order. */
    static List<Found> all(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            Integer n = number(m.group("n"));
            if (n != null) {
                found.add(new Found(new WaitingTime(n, unit(m.group("unit"))), m.start(), m.end()));
            }
        }
        return found;
    }

    /** A number in digits or English words, null when it is neither. */
    static Integer number(String text) {
        String word = text.toLowerCase(Locale.ROOT).strip();
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        if (UNITS.containsKey(word)) {
            return UNITS.get(word);
        }
        String[] parts = word.split("[\\s-]+");
        Integer tens = TENS.get(parts[0]);
        if (tens == null) {
            return null;
        }
        return parts.length == 1 ? tens : tens + UNITS.getOrDefault(parts[1], 0);
    }

    private static WaitingTime.Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("day")) {
            return WaitingTime.Unit.DAYS;
        }
        return w.startsWith("month") ? WaitingTime.Unit.MONTHS : WaitingTime.Unit.YEARS;
    }
}
