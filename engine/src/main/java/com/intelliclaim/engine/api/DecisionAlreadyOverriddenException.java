package com.intelliclaim.engine.api;

/**
 * A decision was overridden already: its history is a chain, so a further override applies to the newest record of
 * it. The message names both records.
 */
public final class DecisionAlreadyOverriddenException extends EngineException {
    private final String id;
    private final String overriddenBy;

    public DecisionAlreadyOverriddenException(String id, String overriddenBy) {
        super("Decision " + id + " was already overridden by decision " + overriddenBy + "; override " + overriddenBy
                + " instead.");
        this.id = id;
        this.overriddenBy = overriddenBy;
    }

    /** The decision that was to be overridden. */
    public String id() {
        return id;
    }

    /** The record that overrides it already. */
    public String overriddenBy() {
        return overriddenBy;
    }
}
