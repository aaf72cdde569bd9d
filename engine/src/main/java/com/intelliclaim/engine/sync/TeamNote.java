package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionNote;

/** A note on a decision, as it travels to and from the team's database. */
public record TeamNote(String decisionId, DecisionNote note) {
    /** The note's natural key: the SHA-256 of its decision, author, time (to the microsecond) and text. */
    public String key() {
        return Sha256.of(decisionId + '\n' + note.by() + '\n'
                + note.at().truncatedTo(java.time.temporal.ChronoUnit.MICROS) + '\n' + note.text());
    }
}
