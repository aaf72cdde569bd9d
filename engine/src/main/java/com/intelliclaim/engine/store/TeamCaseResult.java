package com.intelliclaim.engine.store;

/** What merging a teammate's case did here. */
public enum TeamCaseResult {
    /** The case was not here: it is now, marked as the teammate's. */
    ADDED,
    /** The team's version won and is current now; the version it replaced is in the history. */
    UPDATED,
    /** This folder's version won or stayed; a teammate's version was added to the history. */
    KEPT_LOCAL,
    /** Nothing new. */
    UNCHANGED,
    /** Another case here has its claim number: not stored yet; it waits here and is tried again at every pull. */
    CLAIM_NUMBER_TAKEN
}
