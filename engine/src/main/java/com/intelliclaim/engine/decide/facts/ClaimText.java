package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.decide.NumberWords;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A claim question prepared for the fact readers: {@code original} as typed (capitals tell places apart) and
 * {@code lower}, lower-cased with dashes and spaces made plain, abbreviation dots dropped ("Rs." → "rs") and number
 * words written as digits ("six months" → "6 months"). Positions in {@code lower} do not map to {@code original}.
 */
record ClaimText(String original, String lower) {
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern QUOTES = Pattern.compile("[\\u2018\\u2019\\u201B\\u2032]");
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\b(rs|mr|mrs|ms|dr|smt|approx|yrs|yr|mths)\\.");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\f\\u000B\\u00A0]+");
    /** Where a sentence or clause ends for good: a cue on one side never reaches an amount on the other. */
    private static final Pattern HARD_BOUNDARY = Pattern.compile("[;!?\\n]|\\.(?=\\s|$)");

    static ClaimText of(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        lower = DASHES.matcher(lower).replaceAll("-");
        lower = QUOTES.matcher(lower).replaceAll("'");
        lower = ABBREVIATION_DOT.matcher(lower).replaceAll("$1 ");
        lower = SPACES.matcher(lower).replaceAll(" ");
        lower = lower.replace(" \n", "\n").replace("\n ", "\n");
        lower = NumberWords.toDigits(lower);
        return new ClaimText(text, lower.strip());
    }

    /** Up to {@code max} characters of {@code lower} before {@code index}, cut at the last hard boundary. */
    String before(int index, int max) {
        String window = lower.substring(Math.max(0, index - max), index);
        var matcher = HARD_BOUNDARY.matcher(window);
        int cut = 0;
        while (matcher.find()) {
            cut = matcher.end();
        }
        return window.substring(cut);
    }

    /** Up to {@code max} characters of {@code lower} from {@code index}, cut at the first hard boundary. */
    String after(int index, int max) {
        String window = lower.substring(index, Math.min(lower.length(), index + max));
        var matcher = HARD_BOUNDARY.matcher(window);
        return matcher.find() ? window.substring(0, matcher.start()) : window;
    }
}
