package com.intelliclaim.engine.store;

/**
 * What an outbox row records. The row's {@code ref} is the natural key of the changed thing: the sha256 of a
 * {@link #DOCUMENT}, the id of a {@link #DECISION} or {@link #OVERRIDE} record, the id of the decision a
 * {@link #NOTE} was added to. Cases (next step of issue 5) slot in as a new kind with the case id as ref.
 */
public enum ChangeKind {
    DOCUMENT,
    DECISION,
    OVERRIDE,
    NOTE
}
