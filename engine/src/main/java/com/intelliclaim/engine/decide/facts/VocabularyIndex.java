package com.intelliclaim.engine.decide.facts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the procedure a text names. Each procedure's wordings are one pattern of whole words; at each word of the
 * text only the patterns that can begin with its first character are tried, rather than every pattern over the
 * whole text. A named treatment wins over an illness, an illness over a general word (surgery, accident); then
 * the first named; then the longest wording.
 */
final class VocabularyIndex {
    /** A wording may be followed by the kind of care ("hernia repair", "piles surgery"): the match then runs on. */
    private static final String CARE = "(?: (?:surgery|surgeries|operation|treatment|procedure|repair|removal))?";
    private static final String FIRST_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final Map<Character, List<Entry>> byFirstCharacter = new HashMap<>();

    /** Ranks of entries: a named treatment beats an illness, which beats a general word (surgery, accident). */
    private static final int SPECIFIC = 0;
    private static final int ILLNESS = 1;
    private static final int GENERAL = 2;

    VocabularyIndex(List<Procedure> procedures, Set<String> illnesses, Set<String> general) {
        for (Procedure procedure : procedures) {
            int rank = general.contains(procedure.name()) ? GENERAL
                    : illnesses.contains(procedure.name()) ? ILLNESS : SPECIFIC;
            Entry entry = new Entry(procedure, Pattern.compile("\\b(?:" + String.join("|", procedure.synonyms())
                    + ")" + CARE + "\\b"), rank);
            for (char c : FIRST_CHARACTERS.toCharArray()) {
                Matcher probe = entry.pattern.matcher(String.valueOf(c));
                if (probe.lookingAt() || probe.hitEnd()) {
                    byFirstCharacter.computeIfAbsent(c, k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /** The procedure {@code lower} (a lower-cased text) names. */
    Optional<Procedure> find(String lower) {
        Entry first = null;
        for (int i = 0; i < lower.length(); i++) {
            List<Entry> candidates = byFirstCharacter.get(lower.charAt(i));
            if (candidates == null || (i > 0 && isWordCharacter(lower.charAt(i - 1)))) {
                continue;
            }
            Entry here = longestAt(candidates, lower, i);
            if (here != null && here.rank == SPECIFIC) {
                return Optional.of(here.procedure);
            }
            if (here != null && (first == null || here.rank < first.rank)) {
                first = here;
            }
        }
        return Optional.ofNullable(first).map(Entry::procedure);
    }

    /** The best-ranked entry with the longest match at {@code start}, or null. */
    private static Entry longestAt(List<Entry> candidates, String lower, int start) {
        Entry best = null;
        int bestEnd = start;
        for (Entry entry : candidates) {
            Matcher m = entry.pattern.matcher(lower).region(start, lower.length()).useTransparentBounds(true);
            boolean better = best == null || entry.rank < best.rank;
            if (m.lookingAt() && (better || (entry.rank == best.rank && m.end() > bestEnd))) {
                best = entry;
                bestEnd = m.end();
            }
        }
        return best;
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    private record Entry(Procedure procedure, Pattern pattern, int rank) {
    }
}
