package com.intelliclaim.engine.decide.facts;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claimant's age: "46-year-old", "aged 58", "age 40", "46 yo", "an 8-month-old baby" (0), a bare number
 * right after the person ("male, 40", "father (68)", "Mr Khan, 55"), the shorthand of {@link SexMarkReader} ("46M"),
 * whichever comes first; failing all of them, the bare "35 years" of {@link BareYearsReader}. The age of a policy
 * ("5-year-old policy", "my policy is 1 year old", "policy age 2 years") is not the claimant's.
 */
final class AgeReader {
    private static final String POLICY = "(?:polic(?:y|ies)|cover|plan|insurance|mediclaim)\\b";
    private static final String NOT_POLICY = "(?! (?:(?:health|insurance|mediclaim|medical|family|floater"
            + "|individual|group) )*" + POLICY + ")";
    private static final Pattern YEARS_OLD =
            Pattern.compile("\\b(\\d{1,3}) ?-? ?(?:years?|yrs?|yr) ?-? ?old\\b" + NOT_POLICY);
    /** Under a year is age 0: the empty group stands for it. */
    private static final Pattern BABY = Pattern.compile("\\b()\\d{1,2} ?-? ?(?:months?|weeks?|days?) ?-? ?old "
            + "(?:baby|infant|child|boy|girl|son|daughter|new-?born)\\b");
    private static final Pattern YEARS_ABBREVIATED = Pattern.compile("\\b(\\d{1,3}) ?-? ?(?:y/o|yo)\\b");
    private static final Pattern AGED = Pattern.compile(
            "\\bage(?:d)?(?: of)? ?[:=-]? ?(\\d{1,3})\\b(?! ?-? ?(?:months?|mths?|mos?|weeks?|days?)\\b)");
    private static final Pattern AFTER_PERSON = Pattern.compile("\\b(?:male|female|man|woman|boy|girl|lady"
            + "|gentleman|patient|claimant|father|mother|son|daughter|wife|husband|brother|sister|grandfather"
            + "|grandmother|(?:mr|mrs|ms|smt|shri|sri) [a-z]+|(?:he|she|who) (?:is|was)|i am|i'm)"
            + "(?: is| was| aged| age)?[,:]? \\(?(\\d{1,3})\\)?(?=$|[,;.)/]| (?:years?|yrs?|yo|y/o|and"
            + "|with|from|in|at|had|has|is|was|underwent|admitted|diagnosed)\\b)"
            + "(?! (?:years?|yrs?) (?:old )?" + POLICY + ")");
    /** What may stand between a policy and its age: "policy 2 years", "my policy is 1 year old". */
    private static final Pattern POLICY_BEFORE = Pattern.compile("\\b(?:polic(?:y|ies)(?:'s)?|cover|insurance|plan"
            + "|mediclaim)(?: (?:is|was|now|has|had|been|already|about|nearly|almost|just|only|barely|age))* $");
    private static final List<Pattern> FORMS = List.of(YEARS_OLD, BABY, YEARS_ABBREVIATED, AGED, AFTER_PERSON);

    private final SexMarkReader sexMarks = new SexMarkReader();
    private final BareYearsReader bareYears = new BareYearsReader();

    /** The age stated, or null. */
    AgeMention read(ClaimText text) {
        AgeMention best = sexMarks.read(text);
        for (Pattern form : FORMS) {
            best = AgeMention.earlier(best, first(form, text,
                    m -> !POLICY_BEFORE.matcher(text.before(m.start(), 30)).find()));
        }
        return best != null ? best : bareYears.read(text);
    }

    private static AgeMention first(Pattern pattern, ClaimText text, Predicate<Matcher> accept) {
        Matcher m = pattern.matcher(text.lower());
        while (m.find()) {
            int age = m.group(1).isEmpty() ? 0 : Integer.parseInt(m.group(1));
            if (age <= 120 && accept.test(m)) {
                return new AgeMention(age, m.start(), null);
            }
        }
        return null;
    }
}
