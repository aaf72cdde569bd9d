package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.Gender;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the claimant's gender from the plainest wording first: "male" / "female", "sex: F" or "46M"; then the person
 * ("woman", "boy", "wife", "father"); then a title ("Mr", "Mrs", "Smt"); then a pronoun. Words are matched whole, so
 * "female" is never "male" and "woman" never "man". When one kind of wording names both genders, the one nearest the
 * age is taken; with no age to go by, the gender is left unstated.
 */
final class GenderReader {
    private static final List<Tier> TIERS = List.of(
            new Tier("\\b(?:(female)|male)\\b|\\b(?:sex|gender) ?[:=-]? ?(?:(f)|m)\\b"),
            new Tier("\\b(?:(woman|women|lady|ladies|girl|mother|daughter|wife|sister|grandmother|aunt|niece|mom|mum"
                    + "|housewife|pregnant)|man|men|gentleman|boy|father|son|husband|brother|grandfather|uncle|nephew"
                    + "|dad)\\b"),
            new Tier("\\b(?:(mrs|ms|smt|kumari)|mr|shri|sri)\\b"),
            new Tier("\\b(?:(she|her|hers|herself)|he|his|him|himself)\\b"));

    /**
     * The gender stated, or null. {@code sexMention} is a "46M"-style mention already read (or null), and
     * {@code agePosition} where the age was read (or -1).
     */
    Gender read(ClaimText text, AgeMention sexMention, int agePosition) {
        Gender first = TIERS.get(0).read(text.lower(), agePosition);
        if (first != null) {
            return first;
        }
        if (sexMention != null) {
            return sexMention.gender();
        }
        for (Tier tier : TIERS.subList(1, TIERS.size())) {
            Gender gender = tier.read(text.lower(), agePosition);
            if (gender != null) {
                return gender;
            }
        }
        return null;
    }

    /** One kind of wording; a match with any female group set names a woman, else a man. */
    private record Tier(Pattern pattern) {
        Tier(String regex) {
            this(Pattern.compile(regex));
        }

        Gender read(String lower, int agePosition) {
            Matcher m = pattern.matcher(lower);
            Gender found = null;
            int foundDistance = Integer.MAX_VALUE;
            boolean conflict = false;
            while (m.find()) {
                Gender gender = isFemale(m) ? Gender.FEMALE : Gender.MALE;
                int distance = agePosition < 0 ? 0 : Math.abs(m.start() - agePosition);
                if (found != null && gender != found) {
                    conflict = true;
                }
                if (found == null || distance < foundDistance) {
                    found = gender;
                    foundDistance = distance;
                }
            }
            return conflict && agePosition < 0 ? null : found;
        }

        private static boolean isFemale(Matcher m) {
            for (int group = 1; group <= m.groupCount(); group++) {
                if (m.group(group) != null) {
                    return true;
                }
            }
            return false;
        }
    }
}
