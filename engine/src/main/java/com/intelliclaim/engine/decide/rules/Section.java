package com.intelliclaim.engine.decide.rules;

import java.util.regex.Pattern;

/** The kind of part of a wording a statement sits in, as its headings and lead-ins say. */
enum Section {
    NEUTRAL, WAITING, EXCLUSION;

    private static final Pattern WAITING_CUE = Pattern.compile(
            "waiting|pre[- ]?existing|\\bped\\b|excl\\s*0?[123]\\b|specific diseases?|specified diseases?");
    private static final Pattern EXCLUSION_CUE = Pattern.compile(
            "\\bexclusions?\\b|\\bexcluded\\b|excl\\s*(0?[4-9]|1\\d)\\b|not covered|will not cover|shall not be liable|not payable"
                    + "|we do not cover");

    /**
     * The section a heading or title names (lower case), or null when it names none or both ("Exclusions & Waiting
     * Period"). An exclusion code of the standard wordings decides: Excl01–03 are waiting periods, later ones exclusions.
     */
    static Section named(String lower) {
        boolean waiting = WAITING_CUE.matcher(lower).find();
        boolean exclusion = EXCLUSION_CUE.matcher(lower).find();
        if (waiting && exclusion) {
            if (Pattern.compile("excl\\s*0?[123]\\b").matcher(lower).find()) {
                return WAITING;
            }
            if (Pattern.compile("excl\\s*(0?[4-9]|1\\d)\\b").matcher(lower).find()) {
                return EXCLUSION;
            }
            return null;
        }
        return waiting ? WAITING : exclusion ? EXCLUSION : null;
    }

    /** The section a heading trail ("6. WAITING PERIOD > 6.1. Pre-Existing Diseases") puts its text in: the deepest named. */
    static Section ofHeading(String heading) {
        if (heading == null) {
            return NEUTRAL;
        }
        String[] parts = heading.split(" > ");
        for (int i = parts.length - 1; i >= 0; i--) {
            Section s = named(Texts.lower(parts[i]));
            if (s != null) {
                return s;
            }
        }
        return NEUTRAL;
    }
}
