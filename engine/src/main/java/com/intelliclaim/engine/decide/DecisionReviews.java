package com.intelliclaim.engine.decide;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionNotFoundException;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.InvalidReviewException;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.store.DecisionStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * An analyst's review of stored decisions: overrides (a new record pointing at the old one, which stays as it was)
 * and notes. Thread-safe.
 */
public final class DecisionReviews {
    /** Longest reason or note kept, in characters. */
    public static final int MAX_TEXT = 10_000;
    /** Longest analyst name kept, in characters. */
    public static final int MAX_NAME = 255;

    private final DecisionStore store;

    public DecisionReviews(DecisionStore store) {
        this.store = store;
    }

    /**
     * Overrides decision {@code id} with a new record that supersedes it: same question, facts, citations and
     * versions; the analyst's outcome, reason and name; an amount only when the new outcome is an approval and the
     * old record had one.
     *
     * @throws DecisionNotFoundException when no decision has this id
     * @throws InvalidReviewException    when the reason is empty or too long, or the outcome is the record's own
     * @throws com.intelliclaim.engine.api.DecisionAlreadyOverriddenException when it was overridden already
     */
    public DecisionRecord override(String id, Outcome decision, String reason, String by) {
        if (decision == null) {
            throw new InvalidReviewException("Say which decision replaces decision " + id
                    + ": APPROVED, REJECTED or NEEDS_REVIEW.");
        }
        String why = text(reason, "Say why decision " + id + " is overridden: the reason is empty.");
        String who = analyst(by);
        DecisionRecord old = store.find(id).orElseThrow(() -> new DecisionNotFoundException(id));
        if (old.decision() == decision) {
            throw new InvalidReviewException("Decision " + id + " is " + decision + " already; an override must"
                    + " change the decision (add a note to agree with it).");
        }
        Instant at = Instant.now();
        long start = System.nanoTime();
        boolean keepsAmount = decision == Outcome.APPROVED && old.amount() != null;
        List<AuditStep> trail = new ArrayList<>(old.auditTrail());
        trail.add(new AuditStep("override", old.decision() + " -> " + decision + " by " + who + " (overrides "
                + id + "): " + why, (System.nanoTime() - start) / 1_000_000));
        DecisionRecord overriding = new DecisionRecord(UUID.randomUUID().toString(), old.query(), decision,
                keepsAmount ? old.amount() : null, keepsAmount && old.amountUpTo(), keepsAmount ? old.currency() : null,
                "Overridden by " + who + " (was " + old.decision() + "): " + why
                        + " The adjudicator had said: " + old.justification(),
                old.confidence(), old.citations(), old.facts(), old.conditions(), old.decidedBy(), old.versions(),
                old.documentHashes(), trail, at, who, new DecisionOverride(decision, why, who, at), id, List.of(),
                old.passages(), old.caseId());
        store.append(overriding);
        return overriding;
    }

    /**
     * Appends a note to decision {@code id} and returns the record with all its notes.
     *
     * @throws DecisionNotFoundException when no decision has this id
     * @throws InvalidReviewException    when the text is empty or too long
     */
    public DecisionRecord addNote(String id, String text, String by) {
        String note = text(text, "The note on decision " + id + " is empty: write something to keep.");
        store.addNote(id, new DecisionNote(note, analyst(by), Instant.now()));
        return store.find(id).orElseThrow(() -> new DecisionNotFoundException(id));
    }

    private static String text(String value, String whenEmpty) {
        if (value == null || value.isBlank()) {
            throw new InvalidReviewException(whenEmpty);
        }
        String stripped = value.strip();
        if (stripped.length() > MAX_TEXT) {
            throw new InvalidReviewException("The text is " + stripped.length() + " characters long; the limit is "
                    + MAX_TEXT + ".");
        }
        return stripped;
    }

    private static String analyst(String by) {
        String name = by == null || by.isBlank() ? System.getProperty("user.name", "analyst") : by.strip();
        if (name.length() > MAX_NAME) {
            throw new InvalidReviewException("The analyst's name is " + name.length() + " characters long; the limit"
                    + " is " + MAX_NAME + ".");
        }
        return name;
    }
}
