package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionRecord;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a decision store accepts, checked before anything is written so a bad record is refused with a message that
 * names the field rather than a database error. The engine builds these records; a refusal is a bug, not user input.
 */
final class DecisionChecks {
    static final int MAX_ID = 64;
    static final int MAX_NAME = 255;
    static final int MAX_CURRENCY = 8;
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e18");

    private DecisionChecks() {
    }

    static void storable(DecisionRecord r) {
        Objects.requireNonNull(r, "record");
        id(r.id());
        Objects.requireNonNull(r.query(), "query");
        Objects.requireNonNull(r.decision(), "decision");
        Objects.requireNonNull(r.justification(), "justification");
        Objects.requireNonNull(r.facts(), "facts");
        Objects.requireNonNull(r.versions(), "versions");
        Objects.requireNonNull(r.createdAt(), "createdAt");
        name("decidedBy", r.decidedBy());
        name("analyst", r.analyst());
        if (r.amount() != null && (r.amount().signum() < 0 || r.amount().compareTo(MAX_AMOUNT) >= 0)) {
            throw new IllegalArgumentException("Decision " + r.id() + ": the amount " + r.amount().toPlainString()
                    + " is not a payable amount (0 up to 10^18).");
        }
        if (r.currency() != null && (r.currency().isBlank() || r.currency().length() > MAX_CURRENCY)) {
            throw new IllegalArgumentException("Decision " + r.id() + ": the currency '" + r.currency()
                    + "' is not a currency code.");
        }
        if ((r.supersedes() == null) != (r.override() == null)) {
            throw new IllegalArgumentException("Decision " + r.id() + ": an override names the record it supersedes"
                    + " and says why; this record has one without the other.");
        }
        if (r.supersedes() != null) {
            id(r.supersedes());
            if (r.supersedes().equals(r.id())) {
                throw new IllegalArgumentException("Decision " + r.id() + " cannot supersede itself.");
            }
        }
        r.notes().forEach(DecisionChecks::note);
    }

    static void note(DecisionNote note) {
        Objects.requireNonNull(note, "note");
        if (note.text() == null || note.text().isBlank()) {
            throw new IllegalArgumentException("A note needs some text.");
        }
        name("note author", note.by());
        Objects.requireNonNull(note.at(), "note time");
    }

    static void id(String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID) {
            throw new IllegalArgumentException("A decision id must be 1 to " + MAX_ID + " characters, not '" + id
                    + "'.");
        }
    }

    private static void name(String field, String value) {
        if (value == null || value.isBlank() || value.length() > MAX_NAME) {
            throw new IllegalArgumentException("The " + field + " of a decision must be 1 to " + MAX_NAME
                    + " characters, not '" + value + "'.");
        }
    }
}
