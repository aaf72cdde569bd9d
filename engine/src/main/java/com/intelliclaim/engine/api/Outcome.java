package com.intelliclaim.engine.api;

/** The outcome of a claim decision. */
public enum Outcome {
    /** The claim is covered; the record's amount says how much is payable (or "up to" how much). */
    APPROVED,
    /** A clause excludes the claim or a waiting period has not been served. */
    REJECTED,
    /** A fact that decides the outcome is missing or the clauses conflict: an analyst must look. */
    NEEDS_REVIEW
}
