package com.intelliclaim.engine.store;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sync outbox and the sync worker's state in the H2 file of a document store (migration V7). Rows are added by
 * the stores in the transaction of each change; this class reads them, deletes them once the backend confirmed them
 * and counts failed attempts. Thread-safe; it lives as long as the {@link H2DocumentStore} it shares.
 */
public final class H2Outbox {
    private final StoreDatabase database;

    private H2Outbox(StoreDatabase database) {
        this.database = database;
    }

    /** The outbox in the database of an open document store. */
    public static H2Outbox sharing(H2DocumentStore documents) {
        return new H2Outbox(documents.database());
    }

    /** The oldest {@code limit} entries, oldest first. */
    public List<OutboxEntry> oldest(int limit) {
        return database.read("read the sync outbox", c -> OutboxRows.oldest(c, limit));
    }

    /** How many changes wait to be sent. */
    public long pending() {
        return database.read("count the sync outbox", OutboxRows::count);
    }

    /** How many changes of each kind wait to be sent (kinds with none are left out), in the order of the kinds. */
    public java.util.Map<ChangeKind, Long> pendingByKind() {
        return database.read("count the sync outbox by kind", OutboxRows::countByKind);
    }

    /** Removes entries the backend confirmed; returns how many were removed. */
    public int confirm(Collection<Long> seqs) {
        if (seqs.isEmpty()) {
            return 0;
        }
        return database.append("clear sent changes from the sync outbox", c -> OutboxRows.delete(c, seqs));
    }

    /** Counts a failed attempt on each entry and keeps the reason; the entries stay. */
    public void failed(Collection<Long> seqs, String reason) {
        if (seqs.isEmpty()) {
            return;
        }
        database.append("note a failed sync attempt", c -> {
            OutboxRows.failed(c, seqs, reason);
            return null;
        });
    }

    /** A value the sync worker kept (cursor, last success, last error). */
    public Optional<String> state(String key) {
        return database.read("read the sync state", c -> OutboxRows.state(c, key));
    }

    /** Keeps a value for the sync worker, replacing the old one. */
    public void setState(String key, String value) {
        database.append("save the sync state", c -> {
            OutboxRows.setState(c, key, value);
            return null;
        });
    }
}
