package com.intelliclaim.engine.decide.llm;

import com.intelliclaim.engine.api.Outcome;
import java.math.BigDecimal;
import java.util.List;

/**
 * A model's answer that passed every check: the fields of the decision schema, with citations as passage ids that
 * all exist in the evidence.
 */
record DraftDecision(
        Outcome decision,
        BigDecimal amount,
        boolean amountUpTo,
        String currency,
        String justification,
        double confidence,
        List<String> citations,
        List<String> conditions) {
}
