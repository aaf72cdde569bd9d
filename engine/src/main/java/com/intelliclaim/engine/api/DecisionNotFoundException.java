package com.intelliclaim.engine.api;

/** No stored decision has the id asked for; the message names it. */
public final class DecisionNotFoundException extends EngineException {
    private final String id;

    public DecisionNotFoundException(String id) {
        super("No decision has the id '" + id + "'. The decision history lists the ids of every decision.");
        this.id = id;
    }

    /** The id that was asked for. */
    public String id() {
        return id;
    }
}
