package com.intelliclaim.engine.decide.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writes English number words (zero to ninety-nine) as digits, and "a year" / "an year" as "1 year". */
final class NumberWords {
    private static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen");
    private static final List<String> TENS = List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety");
    private static final Pattern WORDS = Pattern.compile("\\b(?:(" + String.join("|", TENS.subList(2, 10))
            + ")(?:[- ](" + String.join("|", UNITS.subList(1, 10)) + "))?|(" + String.join("|", UNITS) + "))\\b");
    /** "a year", "an year", "a week", "a night" — but not "a day care procedure". */
    private static final Pattern ONE_UNIT =
            Pattern.compile("\\ban? (?=(?:year|month|week|day|night)\\b(?![- ]?care))");

    private NumberWords() {
    }

    static String toDigits(String lower) {
        Matcher matcher = WORDS.matcher(lower);
        StringBuilder out = new StringBuilder(lower.length());
        while (matcher.find()) {
            int value;
            if (matcher.group(1) != null) {
                value = TENS.indexOf(matcher.group(1)) * 10
                        + (matcher.group(2) == null ? 0 : UNITS.indexOf(matcher.group(2)));
            } else {
                value = UNITS.indexOf(matcher.group(3));
            }
            matcher.appendReplacement(out, Integer.toString(value));
        }
        matcher.appendTail(out);
        return ONE_UNIT.matcher(out).replaceAll("1 ");
    }
}
