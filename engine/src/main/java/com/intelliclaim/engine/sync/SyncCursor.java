package com.intelliclaim.engine.sync;

/**
 * How far the team's change log was pulled: the position (transaction id, then sequence number) of the last change
 * taken. Changes are only taken from transactions that have ended, so nothing can appear behind this position later.
 */
public record SyncCursor(long txid, long seq) {
    public static final SyncCursor START = new SyncCursor(0, 0);

    /** Written as "txid:seq". */
    String write() {
        return txid + ":" + seq;
    }

    /** Reads {@link #write}; anything else (a cursor of an earlier version) starts over: pulls are idempotent. */
    static SyncCursor read(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return START;
        }
        try {
            return new SyncCursor(Long.parseLong(text.substring(0, colon)), Long.parseLong(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return START;
        }
    }
}
