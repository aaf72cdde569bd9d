package com.intelliclaim.engine.decide.facts;

import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a bare "35 years" as the claimant's age only when its clause speaks of nothing but the person and the person
 * is named beside it ("Female, 35 years, heart surgery", "35 years, male"): "policy 2 years", "ported after 3
 * years", "3 years of continuous cover" and "knee surgery, 2 years" are not ages.
 */
final class BareYearsReader {
    private static final Pattern YEARS = Pattern.compile("\\b(\\d{1,3}) ?(?:years?|yrs?|yr)\\b");
    private static final Pattern CLAUSE_START = Pattern.compile(".*(?:[,;(:.?!\\n]| and | with )", Pattern.DOTALL);
    /** A bare "2 years" is an age only beside the person it is the age of ("Female, 35 years"). */
    private static final Pattern PERSON = Pattern.compile("\\b(?:male|female|man|woman|boy|girl|lady|gentleman"
            + "|patient|claimant|insured|person|mother|father|son|daughter|wife|husband|mr|mrs|ms|he|she|aged?)\\b");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\d]+");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;():.?!\\n]| and | with ");
    private static final Set<String> PERSON_WORDS = Set.of("male", "female", "man", "woman", "boy", "girl", "lady",
            "gentleman", "patient", "claimant", "insured", "person", "member", "he", "she", "is", "was", "aged",
            "age", "of", "old", "the", "a", "an", "my", "his", "her", "mother", "father", "son", "daughter", "wife",
            "husband", "mr", "mrs", "ms", "m", "f", "years", "year", "yrs", "yr", "i", "am");

    /** The first such age, or null. */
    AgeMention read(ClaimText text) {
        String lower = text.lower();
        Matcher m = YEARS.matcher(lower);
        while (m.find()) {
            int age = Integer.parseInt(m.group(1));
            if (age <= 120 && onlyPersonWords(lower, m.start(), m.end())
                    && (PERSON.matcher(text.before(m.start(), 30)).find()
                    || PERSON.matcher(text.after(m.end(), 30)).find())) {
                return new AgeMention(age, m.start(), null);
            }
        }
        return null;
    }

    private static boolean onlyPersonWords(String lower, int start, int end) {
        Matcher head = CLAUSE_START.matcher(lower.substring(0, start));
        String before = head.lookingAt() ? lower.substring(head.end(), start) : lower.substring(0, start);
        String rest = lower.substring(end);
        Matcher tail = CLAUSE_END.matcher(rest);
        String after = tail.find() ? rest.substring(0, tail.start()) : rest;
        return Arrays.stream(NOT_WORD.split(before + " " + after))
                .allMatch(word -> word.isEmpty() || PERSON_WORDS.contains(word));
    }
}
