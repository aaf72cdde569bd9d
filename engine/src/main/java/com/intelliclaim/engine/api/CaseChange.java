package com.intelliclaim.engine.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One version of a claim case and what made it, for the case's history.
 *
 * @param version the version this change made (1 for the creation)
 * @param at      when
 * @param by      who
 * @param what    what changed, in plain words: "Created", "Attached policy.pdf", "Changed the claimant and the status"
 */
public record CaseChange(long version, Instant at, String by, String what) {
    public CaseChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(what, "what");
    }
}
