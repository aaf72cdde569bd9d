package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DecisionAlreadyOverriddenException;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionNotFoundException;
import com.intelliclaim.engine.api.DecisionRecord;
import java.util.List;
import java.util.Optional;

/**
 * The decision history: append-only. A stored record is never changed or removed; an override is a new record whose
 * {@code supersedes} names the record it overrides, and notes are appended beside a record. Thread-safe.
 */
public interface DecisionStore {

    /**
     * Stores a new record, with any notes it carries, in one transaction. The amount is kept to two decimals
     * without trailing zeros ({@link Amounts#canonical}); everything else reads back exactly as given.
     *
     * @throws IllegalArgumentException           when a record with the same id is stored already, or the record
     *                                            names {@code supersedes} without an {@code override} or the reverse
     * @throws DecisionNotFoundException          when {@code supersedes} names no stored record
     * @throws DecisionAlreadyOverriddenException when the record it supersedes was overridden already
     */
    void append(DecisionRecord record);

    /** The record with this id, with its notes oldest first; empty when there is none. */
    Optional<DecisionRecord> find(String id);

    /**
     * The newest {@code limit} records (1 or more), newest first, each with its notes; superseded records are listed
     * too, unchanged.
     */
    List<DecisionRecord> list(int limit);

    /**
     * Appends a note to a record; the record itself is not changed.
     *
     * @throws DecisionNotFoundException when no record has this id
     */
    void addNote(String id, DecisionNote note);
}
