package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.Adjudicator;
import com.intelliclaim.engine.decide.ClaimContext;
import java.util.List;

/** TEMP placeholder so this branch compiles; the real rules adjudicator replaces this file at merge. */
public final class RulesAdjudicator implements Adjudicator {
    public static final String VERSION = "rules-placeholder";

    @Override
    public Adjudication adjudicate(ClaimContext claim) {
        long start = System.nanoTime();
        List<Citation> citations = claim.passages().stream().limit(1).map(Citation::of).toList();
        return new Adjudication(Outcome.NEEDS_REVIEW, null, false, null, "Placeholder: no rules yet.", 0,
                citations, List.of(), "rules", VERSION, null,
                List.of(new AuditStep("rules", "placeholder", (System.nanoTime() - start) / 1_000_000)));
    }
}
