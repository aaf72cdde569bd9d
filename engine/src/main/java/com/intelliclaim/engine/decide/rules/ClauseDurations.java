package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.decide.NumberWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads durations written in digits or words, with or without the other form in brackets: "24 months",
 * "thirty six (36) months", "36 (thirty six) months", "two (02) years", "90 Days", "twenty-four months".
 */
final class ClauseDurations {
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
        return NumberWords.value(text);
    }

    private static WaitingTime.Unit unit(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("day")) {
            return WaitingTime.Unit.DAYS;
        }
        return w.startsWith("month") ? WaitingTime.Unit.MONTHS : WaitingTime.Unit.YEARS;
    }
}
