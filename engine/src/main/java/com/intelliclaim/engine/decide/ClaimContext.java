package com.intelliclaim.engine.decide;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.SearchHit;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an adjudicator decides from: the claim question, its facts, the retrieved passages (best first, each with its
 * chunk id as the only way to cite it) and the date the decision is made on.
 */
public record ClaimContext(String query, ClaimFacts facts, List<SearchHit> passages, LocalDate today) {
    public ClaimContext {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(facts, "facts");
        passages = List.copyOf(passages);
        Objects.requireNonNull(today, "today");
    }
}
