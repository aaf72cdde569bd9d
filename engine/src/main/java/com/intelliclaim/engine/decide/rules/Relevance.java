package com.intelliclaim.engine.decide.rules;

import java.util.List;
import java.util.Locale;

/**
 * How directly a rule's words speak of the claimed procedure: through the matcher, or through a named group the
 * wording defines elsewhere ("Minor procedures: up to Rs 5,000" where "Minor procedures (dental treatment, …)").
 */
final class Relevance {
    private final ProcedureMatcher matcher;
    private final String procedure;
    private final List<Rules.Category> categories;

    Relevance(ProcedureMatcher matcher, String procedure, List<Rules.Category> categories) {
        this.matcher = matcher;
        this.procedure = procedure;
        this.categories = categories;
    }

    MatchStrength of(String text) {
        if (procedure == null || text == null) {
            return MatchStrength.NONE;
        }
        MatchStrength direct = matcher.match(procedure, text);
        if (direct != MatchStrength.NONE) {
            return direct;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        MatchStrength best = MatchStrength.NONE;
        for (Rules.Category category : categories) {
            if (lower.contains(category.name().toLowerCase(Locale.ROOT))) {
                MatchStrength viaGroup = matcher.match(procedure, category.members());
                if (viaGroup.ordinal() < best.ordinal()) {
                    best = viaGroup;
                }
            }
        }
        return best;
    }

    /** The group through which {@code text} speaks of the procedure, or null when it does so directly or not at all. */
    Rules.Category groupOf(String text) {
        if (procedure == null || text == null || matcher.match(procedure, text) != MatchStrength.NONE) {
            return null;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return categories.stream()
                .filter(c -> lower.contains(c.name().toLowerCase(Locale.ROOT)))
                .filter(c -> matcher.match(procedure, c.members()) != MatchStrength.NONE)
                .findFirst().orElse(null);
    }
}
