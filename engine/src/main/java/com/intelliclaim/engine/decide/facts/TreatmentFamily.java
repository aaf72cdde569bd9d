package com.intelliclaim.engine.decide.facts;

import java.util.List;
import java.util.Objects;

/**
 * A family of treatments as policy wordings group them ("joint replacement" covers knee, hip and shoulder), one row
 * of the clause side of the {@link ProcedureVocabulary}.
 *
 * @param name     the family's name, for logs and tests ("joint replacement", "urinary stones")
 * @param stems    the word stems that name the family in a clause, as regular expressions over lower-case text that
 *                 match at the start of a word; a space stands for any run of white space
 * @param surgical true when every treatment of the family is surgery, so a clause about "any surgery" covers it
 */
public record TreatmentFamily(String name, List<String> stems, boolean surgical) {
    public TreatmentFamily {
        Objects.requireNonNull(name, "name");
        stems = List.copyOf(stems);
        if (stems.isEmpty()) {
            throw new IllegalArgumentException("treatment family '" + name + "' needs at least one stem");
        }
    }
}
