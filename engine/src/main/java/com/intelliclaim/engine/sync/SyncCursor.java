package com.intelliclaim.engine.sync;

/** How far the team's records were pulled: the last server sequence number seen of each kind. */
public record SyncCursor(long documents, long decisions, long notes) {
    public static final SyncCursor START = new SyncCursor(0, 0, 0);
}
