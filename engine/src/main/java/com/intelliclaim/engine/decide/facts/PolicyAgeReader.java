package com.intelliclaim.engine.decide.facts;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how many whole months the policy had run: "new policy" (0), "3-month-old policy", "1-year policy" (12),
 * "policy 14 months", "policy started 10 months ago", "2 years and 3 months into the policy", "day 40 of the
 * policy" (1), and from dates — the policy's start against the admission, or against today when no admission date
 * is given ("since March 2025"). A policy that the clause calls previous, earlier or ported from is earlier cover,
 * not this policy.
 */
final class PolicyAgeReader {
    private static final String KIND = "(?: (?:health|insurance|mediclaim|medical|family|floater|individual|group))*";
    private static final Pattern NEW = Pattern.compile("\\b(?:brand-? ?new|new|fresh|newly (?:bought|taken|purchased"
            + "|issued))(?: [a-z]+)?" + KIND + " (?:polic(?:y|ies)|cover|insurance|plan|mediclaim)\\b");
    private static final Pattern OLD = Pattern.compile("\\b" + Durations.DURATION + " ?-? ?old" + KIND
            + " (?:polic(?:y|ies)|cover|plan|insurance|mediclaim)\\b");
    private static final Pattern TERM =
            Pattern.compile("\\b" + Durations.DURATION + KIND + " (?:polic(?:y|ies)|plan)\\b");
    private static final String PERSON = "(?:man|woman|male|female|boy|girl|patient|person|father|mother|son"
            + "|daughter|wife|husband|lady|child|baby|claimant)";
    private static final Pattern STATED = Pattern.compile("\\b(?:polic(?:y|ies)|insurance|mediclaim|insured|cover"
            + "(?:age)?)\\b([^.;,\\d]{0,30}?)\\b" + Durations.DURATION + "(?: (old|ago|back))?"
            + "(?! (?:of )?(?:waiting|wait|grace|exclusion|cooling))(?! (?:[a-z]+ )?" + PERSON + "\\b)");
    private static final Pattern INTO = Pattern.compile("\\b" + Durations.DURATION + " (?:into|since|after|of) "
            + "(?:(?:the|my|a|taking|buying|starting|holding) )*(?:polic(?:y|ies)|cover|insurance)\\b");
    /** "on day 40 of a new policy": the day counts, not the word "new". */
    private static final Pattern DAY_OF = Pattern.compile("\\bday (\\d{1,4}) (?:of|into|after) (?:the |a |my |this )?"
            + "(?:(?:new|fresh) )?(?:polic(?:y|ies)|cover|insurance)\\b");
    private static final Set<String> NOT_THE_AGE = Set.of("waiting", "wait", "period", "periods", "term", "premium",
            "sum", "limit", "renewal", "renewed", "grace", "with", "exclusion", "excluded", "covers", "pays", "pay",
            "tenure", "within", "upto", "up", "to", "than", "under", "before", "till", "until", "aged", "person",
            "my", "his", "her", "their");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z']+");
    private static final Pattern EARLIER_COVER = Pattern.compile("\\b(?:port(?:ed|ing|ability)|migrat\\w*|previous"
            + "|prior|earlier|former|old insurer|continuous\\w*|switched)\\b");
    private static final Pattern NEGATED = Pattern.compile("\\bnot (?:a |an |the )?$");

    /** The policy's age; {@code dates} are the dates {@link DateReader} read from the same text. */
    Integer read(ClaimText text, List<DateReader.Mention> dates, LocalDate today) {
        String lower = text.lower();
        Matcher m = DAY_OF.matcher(lower);
        if (m.find()) {
            return Integer.parseInt(m.group(1)) / 30;
        }
        m = NEW.matcher(lower);
        while (m.find()) {
            if (!NEGATED.matcher(text.before(m.start(), 10)).find() && !earlierCover(text, m.start())) {
                return 0;
            }
        }
        for (Pattern pattern : List.of(OLD, TERM, INTO)) {
            m = pattern.matcher(lower);
            while (m.find()) {
                if (!earlierCover(text, m.start())) {
                    return Durations.months(m, 1);
                }
            }
        }
        m = STATED.matcher(lower);
        while (m.find()) {
            boolean shortUnit = "dw".indexOf(m.group(3).charAt(0)) >= 0;
            if (betweenIsPlain(m.group(1)) && !earlierCover(text, m.end(1)) && (!shortUnit || m.group(6) != null)) {
                return Durations.months(m, 2);
            }
        }
        return fromDates(dates, today);
    }

    private static boolean betweenIsPlain(String between) {
        for (String word : NOT_WORD.split(between)) {
            if (NOT_THE_AGE.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the clause before {@code index} speaks of cover held before this policy. */
    private static boolean earlierCover(ClaimText text, int index) {
        String before = text.before(index, 40);
        return EARLIER_COVER.matcher(before.substring(before.lastIndexOf(',') + 1)).find();
    }

    private static Integer fromDates(List<DateReader.Mention> mentions, LocalDate today) {
        DateReader.Mention start = first(mentions, DateReader.Role.POLICY_START);
        if (start == null) {
            return null;
        }
        DateReader.Mention admission = first(mentions, DateReader.Role.ADMISSION);
        LocalDate end = admission == null ? today : admission.date();
        boolean daysKnown = start.dayKnown() && (admission == null || admission.dayKnown());
        long months = daysKnown ? Period.between(start.date(), end).toTotalMonths()
                : ChronoUnit.MONTHS.between(YearMonth.from(start.date()), YearMonth.from(end));
        boolean backwards = daysKnown ? end.isBefore(start.date()) : months < 0;
        return backwards ? null : Math.toIntExact(months);
    }

    private static DateReader.Mention first(List<DateReader.Mention> mentions, DateReader.Role role) {
        return mentions.stream().filter(d -> d.role() == role).findFirst().orElse(null);
    }
}
