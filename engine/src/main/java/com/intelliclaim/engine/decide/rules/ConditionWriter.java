package com.intelliclaim.engine.decide.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Words the general conditions of the retrieved clauses (documents, notification, room-rent proportion) as conditions. */
final class ConditionWriter {
    private ConditionWriter() {
    }

    static List<String> write(List<Rules.Condition> conditions, Relevance relevance) {
        List<String> out = new ArrayList<>();
        Set<Rules.Condition.Kind> seen = EnumSet.noneOf(Rules.Condition.Kind.class);
        for (Rules.Condition c : conditions) {
            String ref = ClauseRef.of(c.statement());
            String words = Texts.shorten(c.statement().text(), 150);
            switch (c.kind()) {
                case DOCUMENTS -> {
                    if (seen.add(c.kind())) {
                        out.add("Claim documents as the policy lists them (" + ref + ").");
                    }
                }
                case NOTIFICATION -> {
                    if (seen.add(c.kind())) {
                        out.add("Notice of the claim in time: \"" + words + "\" (" + ref + ").");
                    }
                }
                case PROPORTIONATE_DEDUCTION -> {
                    if (seen.add(c.kind())) {
                        out.add("Room rent above its limit reduces the associated expenses in proportion: \"" + words
                                + "\" (" + ref + ").");
                    }
                }
                case QUALIFIED_EXCLUSION -> {
                    if (relevance.of(c.statement().text()) == MatchStrength.EXACT) {
                        out.add("Not payable if: \"" + words + "\" (" + ref + ").");
                    }
                }
                case NETWORK_LIST -> {
                    // used by the network rule for the claimant's city
                }
            }
        }
        return out;
    }
}
