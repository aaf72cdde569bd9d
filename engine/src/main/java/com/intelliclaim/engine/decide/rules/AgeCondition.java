package com.intelliclaim.engine.decide.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An age band a wording sets for a limit or a co-payment: "aged 60 years or more", "aged 61 and above", "age of entry
 * above 60 years", "aged less than equal to 75 years on policy inception", "aged greater than 75".
 *
 * @param min     lowest age in the band (inclusive), or null
 * @param max     highest age in the band (inclusive), or null
 * @param atEntry true when the age counts at policy inception (entry), not at the claim
 */
record AgeCondition(Integer min, Integer max, boolean atEntry) {
    private static final String AGE = "(?:aged?|age\\s+of\\s+entry|entry\\s+age|persons?|insured|members?)";
    private static final String OF = "\\s+(?:of\\s+|is\\s+|at\\s+)?";
    private static final Pattern OR_MORE = Pattern.compile(
            AGE + OF + "(\\d{1,3})\\s*(?:years?)?\\s*(?:of\\s+age\\s*)?(?:or|and|&)\\s*(?:more|above|older|over)");
    private static final Pattern ABOVE = Pattern.compile(
            AGE + OF + "(?:above|over|more\\s+than|greater\\s+than|beyond|exceeding)\\s+(\\d{1,3})");
    private static final Pattern AT_MOST = Pattern.compile(
            AGE + OF + "(?:less\\s+than\\s+(?:or\\s+)?equal\\s+to|up\\s*to|upto|not\\s+more\\s+than|not\\s+exceeding)"
                    + "\\s+(\\d{1,3})");
    private static final Pattern BELOW = Pattern.compile(AGE + OF + "(?:below|under|less\\s+than)\\s+(\\d{1,3})");
    private static final Pattern BETWEEN = Pattern.compile(AGE + OF + "between\\s+(\\d{1,3})\\s*(?:years?)?\\s+and\\s+(\\d{1,3})");
    private static final Pattern ENTRY = Pattern.compile("inception|entry|at\\s+the\\s+time\\s+of\\s+(?:proposal|enrol)");

    /** The age band {@code text} (lower case) states, if any. */
    static Optional<AgeCondition> in(String text) {
        boolean entry = ENTRY.matcher(text).find();
        Matcher m = BETWEEN.matcher(text);
        if (m.find()) {
            return Optional.of(new AgeCondition(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), entry));
        }
        if ((m = OR_MORE.matcher(text)).find()) {
            return Optional.of(new AgeCondition(Integer.parseInt(m.group(1)), null, entry));
        }
        if ((m = ABOVE.matcher(text)).find()) {
            return Optional.of(new AgeCondition(Integer.parseInt(m.group(1)) + 1, null, entry));
        }
        if ((m = AT_MOST.matcher(text)).find()) {
            return Optional.of(new AgeCondition(null, Integer.parseInt(m.group(1)), entry));
        }
        if ((m = BELOW.matcher(text)).find()) {
            return Optional.of(new AgeCondition(null, Integer.parseInt(m.group(1)) - 1, entry));
        }
        return Optional.empty();
    }

    /** Whether {@code age} is within the band. */
    boolean includes(int age) {
        return (min == null || age >= min) && (max == null || age <= max);
    }

    /** Plain words: "aged 61 or more at entry". */
    String words() {
        String band;
        if (min != null && max != null) {
            band = "aged " + min + " to " + max;
        } else if (min != null) {
            band = "aged " + min + " or more";
        } else {
            band = "aged " + max + " or less";
        }
        return atEntry ? band + " at entry" : band;
    }
}
