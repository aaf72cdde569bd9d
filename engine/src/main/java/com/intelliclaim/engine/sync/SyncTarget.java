package com.intelliclaim.engine.sync;

/**
 * The team's database as the sync worker sees it. Records are keyed by their natural keys (a document's sha256, a
 * decision's id, a note's key), so sending the same change twice changes nothing. Thread-safe.
 */
public interface SyncTarget {

    /**
     * Writes the changes in one transaction (all or nothing), inserting what is new and leaving what is there, and
     * returns only once the server committed them.
     *
     * @throws SyncException when the server refused or could not be reached; then nothing of the set was written
     */
    void push(ChangeSet changes);

    /**
     * The team's records changed after {@code after}: at most {@code limit} entries of the change log, in the order
     * their transactions were given ids, taken only from transactions that have ended (so a change committed late
     * can never fall behind the returned cursor), each record as it is now, and the cursor past them (equal to
     * {@code after} when there is nothing new).
     *
     * @throws SyncException when the server refused or could not be reached
     */
    TeamChanges pull(SyncCursor after, int limit);
}
