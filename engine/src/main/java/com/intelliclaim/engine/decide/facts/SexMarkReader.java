package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.Gender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the shorthand that states age and sex at once: "46M", "62 F", "46/M", "(M, 34)", "F/35". Never an amount:
 * "Rs 5M" and "5M INR" are millions.
 */
final class SexMarkReader {
    private static final Pattern AGE_FIRST = Pattern.compile("(?<![\\w.,$₹/])(\\d{1,3}) ?/? ?([mf])\\b"
            + "(?! ?(?:inr|rs|rupees|usd|dollars|lakhs?|crores?|old|policy)\\b)(?![.,]?\\d)");
    private static final Pattern SEX_FIRST = Pattern.compile("\\(([mf]),? ?(\\d{1,3})\\)|\\b([mf])/(\\d{1,3})\\b");
    private static final Pattern CURRENCY_BEFORE = Pattern.compile("(?:rs|inr|₹|\\$|usd) ?$");

    /** The first such mention, or null. */
    AgeMention read(ClaimText text) {
        AgeMention found = null;
        Matcher m = AGE_FIRST.matcher(text.lower());
        while (found == null && m.find()) {
            if (!CURRENCY_BEFORE.matcher(text.before(m.start(), 6)).find()) {
                found = mention(m, 1, 2);
            }
        }
        m = SEX_FIRST.matcher(text.lower());
        while (m.find()) {
            AgeMention sexFirst = m.group(1) != null ? mention(m, 2, 1) : mention(m, 4, 3);
            if (sexFirst != null) {
                return AgeMention.earlier(found, sexFirst);
            }
        }
        return found;
    }

    private static AgeMention mention(Matcher m, int ageGroup, int sexGroup) {
        int age = Integer.parseInt(m.group(ageGroup));
        Gender gender = m.group(sexGroup).equals("m") ? Gender.MALE : Gender.FEMALE;
        return age > 120 ? null : new AgeMention(age, m.start(), gender);
    }
}
