package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.Gender;
import com.intelliclaim.engine.api.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Decision records for store tests, with every part filled (and some parts null) so a round trip checks them all. */
final class DecisionFixtures {
    static final Instant T0 = Instant.parse("2025-06-01T09:30:15.123456789Z");
    static final String SHA_A = "a".repeat(64);
    static final String SHA_B = "b".repeat(64);

    private DecisionFixtures() {
    }

    static ClaimFacts facts() {
        return new ClaimFacts(46, Gender.FEMALE, "knee surgery", "Pune", 3, new BigDecimal("5E+5"),
                new BigDecimal("125000.50"), "INR", 4, Boolean.TRUE, 24, Boolean.FALSE, LocalDate.of(2025, 5, 20),
                LocalDate.of(2025, 2, 1));
    }

    static List<Citation> citations() {
        return List.of(
                new Citation("17", SHA_A, "policy.pdf", 2, 3, "1.2", "Waiting periods",
                        "Major procedures (any surgery): covered after a waiting period of 3 months — ₹ 15,000.", 0.0327),
                new Citation("40", SHA_B, "addendum.txt", 1, 1, null, null, "No clause here.", 0.0161));
    }

    /** A rules decision made {@code secondsLater} after {@link #T0}. */
    static DecisionRecord record(String id, long secondsLater) {
        return new DecisionRecord(id, "46-year-old female, knee surgery in Pune, 3-month-old policy",
                Outcome.REJECTED, new BigDecimal("15000"), true, "INR",
                "Clause 1.2: the 3-month waiting period for surgery has not been served.", 0.8, citations(), facts(),
                List.of("Treatment in a network hospital", "Claim notified within 7 days"), "rules",
                new DecisionVersions("1.0.0", "all-minilm-l6-v2-q", "rules-1", null), List.of(SHA_A, SHA_B),
                List.of(new AuditStep("facts", "read from the question: age=46", 0),
                        new AuditStep("retrieve", "8 passages from 2 documents", 41),
                        new AuditStep("rules", "waiting period 1.2 applies", 2),
                        new AuditStep("store", "saved as decision " + id, 0)),
                T0.plusSeconds(secondsLater), "asha", null, null, List.of(), passages());
    }

    /** What was retrieved: the citations and one passage that was read but not cited. */
    static List<Citation> passages() {
        List<Citation> passages = new java.util.ArrayList<>(citations());
        passages.add(new Citation("18", SHA_A, "policy.pdf", 3, 3, "1.3", "Waiting periods",
                "Pre-existing conditions: covered after 12 months.", 0.0150));
        return passages;
    }

    static DecisionRecord record() {
        return record(UUID.randomUUID().toString(), 0);
    }

    /** An override of {@code old} by a new record made a minute later. */
    static DecisionRecord overrideOf(DecisionRecord old, Outcome decision) {
        Instant at = old.createdAt().plusSeconds(60);
        return new DecisionRecord(UUID.randomUUID().toString(), old.query(), decision, null, false, null,
                "Overridden by ravi: policy ported with prior cover.", old.confidence(), old.citations(), old.facts(),
                old.conditions(), old.decidedBy(), old.versions(), old.documentHashes(), old.auditTrail(), at, "ravi",
                new DecisionOverride(decision, "policy ported with prior cover", "ravi", at), old.id(), List.of());
    }

    static DecisionNote note(String text, long secondsLater) {
        return new DecisionNote(text, "asha", T0.plusSeconds(secondsLater));
    }

    /** The same record with other notes. */
    static DecisionRecord withNotes(DecisionRecord r, List<DecisionNote> notes) {
        return r.withNotes(notes);
    }

    /** The same record with another amount. */
    static DecisionRecord withAmount(DecisionRecord r, BigDecimal amount) {
        return new DecisionRecord(r.id(), r.query(), r.decision(), amount, r.amountUpTo(), r.currency(),
                r.justification(), r.confidence(), r.citations(), r.facts(), r.conditions(), r.decidedBy(),
                r.versions(), r.documentHashes(), r.auditTrail(), r.createdAt(), r.analyst(), r.override(),
                r.supersedes(), r.notes(), r.passages());
    }
}
