package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.H2Outbox;
import java.time.Instant;

/** The sync worker's state in the local database: pull cursor, last success, last error. */
final class SyncLedger {
    /** Earlier versions kept one cursor per kind ("cursor.documents", …); they are ignored and the pull starts over. */
    private static final String CHANGES = "cursor.changes";
    private static final String LAST_SUCCESS = "last.success";
    private static final String LAST_ERROR = "last.error";
    private static final String LAST_ERROR_AT = "last.error.at";

    private final H2Outbox outbox;

    SyncLedger(H2Outbox outbox) {
        this.outbox = outbox;
    }

    SyncCursor cursor() {
        return outbox.state(CHANGES).map(SyncCursor::read).orElse(SyncCursor.START);
    }

    void saveCursor(SyncCursor cursor) {
        outbox.setState(CHANGES, cursor.write());
    }

    void succeeded(Instant at) {
        outbox.setState(LAST_SUCCESS, at.toString());
    }

    void failed(String reason, Instant at) {
        outbox.setState(LAST_ERROR, reason);
        outbox.setState(LAST_ERROR_AT, at.toString());
    }

    SyncStatus status() {
        return new SyncStatus(outbox.pending(), outbox.state(LAST_SUCCESS).map(Instant::parse),
                outbox.state(LAST_ERROR), outbox.state(LAST_ERROR_AT).map(Instant::parse));
    }
}
