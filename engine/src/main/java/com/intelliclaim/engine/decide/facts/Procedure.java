package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.retrieve.ClauseFamily;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A procedure or diagnosis of the {@link ProcedureVocabulary}.
 *
 * @param name     the canonical name, as {@code ClaimFacts.procedure} carries it ("knee surgery", "dental treatment")
 * @param synonyms the wordings that name it, as case-insensitive regular expressions matched on whole words
 * @param major    true for surgery and other major procedures (the ones a "major procedures" waiting period or
 *                 limit speaks of), false for minor procedures, day care and treatments that are not surgery
 * @param families the clause families whose clauses govern it (waiting periods, exclusions, sub-limits), iterated
 *                 in declaration order
 */
public record Procedure(String name, List<String> synonyms, boolean major, Set<ClauseFamily> families) {
    public Procedure {
        Objects.requireNonNull(name, "name");
        synonyms = List.copyOf(synonyms);
        families = families.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(families));
        if (synonyms.isEmpty()) {
            throw new IllegalArgumentException("procedure '" + name + "' needs at least one synonym");
        }
    }
}
