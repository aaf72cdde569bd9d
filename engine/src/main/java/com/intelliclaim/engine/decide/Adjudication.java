package com.intelliclaim.engine.decide;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An adjudicator's answer, before the engine makes it a {@code DecisionRecord}.
 *
 * @param decision      the outcome
 * @param amount        payable amount or cap, null when none applies
 * @param amountUpTo    true when {@code amount} is a cap rather than the amount payable
 * @param currency      ISO code of the amount, null when there is none
 * @param justification plain words naming the deciding clause(s)
 * @param confidence    0..1
 * @param citations     the passages relied on, deciding ones first; every one among the retrieved passages
 * @param conditions    what an approval is subject to
 * @param decidedBy     {@code rules} or {@code llm:<model>}
 * @param rulesVersion  the version of the rules that decided or stood by, never null
 * @param promptVersion the prompt version when an LLM was asked, else null
 * @param auditTrail    the adjudicator's own steps (LLM attempts, repairs, fallbacks, rules matched)
 */
public record Adjudication(
        Outcome decision,
        BigDecimal amount,
        boolean amountUpTo,
        String currency,
        String justification,
        double confidence,
        List<Citation> citations,
        List<String> conditions,
        String decidedBy,
        String rulesVersion,
        String promptVersion,
        List<AuditStep> auditTrail) {

    public Adjudication {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(justification, "justification");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
        citations = List.copyOf(citations);
        conditions = List.copyOf(conditions);
        auditTrail = List.copyOf(auditTrail);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
        }
    }

    /** The same answer with more steps in front of its audit trail (a fallback says why it happened). */
    public Adjudication withStepsBefore(List<AuditStep> earlier) {
        List<AuditStep> all = new java.util.ArrayList<>(earlier);
        all.addAll(auditTrail);
        return new Adjudication(decision, amount, amountUpTo, currency, justification, confidence, citations,
                conditions, decidedBy, rulesVersion, promptVersion, all);
    }

}
