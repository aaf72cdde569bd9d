package com.intelliclaim.engine.decide.facts;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the days in hospital: "hospitalised for 5 days", "admitted for 2 nights", "3-day stay", "5 days in ICU",
 * "length of stay: 6 days", "a week in hospital" (7). "Admitted 2 days after the accident" is not a stay.
 */
final class HospitalStayReader {
    private static final String LENGTH = "(\\d{1,3}) ?-? ?(days?|nights?|weeks?)\\b";
    private static final String NOT_A_STAY = "(?! (?:ago|back|after|before|later|earlier|prior|of (?:pre|post)))";
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(?:hospitali[sz](?:ed|ation)|admitted|admission|stay(?:ed|ing)?|in-?patient"
                    + "|in (?:the )?(?:hospital|icu|iccu|nicu)|icu|nicu|iccu|confined)\\b(?: [a-z]+){0,3}? (?:for )?"
                    + "(?:about |around |nearly |over )?" + LENGTH + NOT_A_STAY),
            Pattern.compile("\\b" + LENGTH + "(?: long)?(?: hospital| icu| in-?patient)? (?:stay|admission"
                    + "|hospitali[sz]ation|confinement)\\b"),
            Pattern.compile("\\b" + LENGTH + " (?:in|at) (?:the |a )?(?:hospital|icu|iccu|nicu|nursing home)\\b"),
            Pattern.compile("\\b(?:length of stay|los) ?[:=-]? ?" + LENGTH));

    Integer read(ClaimText text) {
        Integer earliest = null;
        int earliestStart = Integer.MAX_VALUE;
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(text.lower());
            if (m.find() && m.start() < earliestStart) {
                int count = Integer.parseInt(m.group(1));
                earliest = m.group(2).startsWith("week") ? count * 7 : count;
                earliestStart = m.start();
            }
        }
        return earliest;
    }
}
