package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.decide.FactExtractor;
import java.time.LocalDate;

/** TEMP placeholder so this branch compiles; the real extractor replaces this file at merge. */
public final class PatternFactExtractor implements FactExtractor {
    @Override
    public ClaimFacts extract(String text, LocalDate today) {
        return ClaimFacts.NONE;
    }
}
