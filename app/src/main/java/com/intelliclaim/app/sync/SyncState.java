package com.intelliclaim.app.sync;

/** What the status bar's sync indicator says. */
public enum SyncState {
    /** Not set up, not yet synced, or the backend cannot be reached: work stays on this computer for now. */
    OFFLINE,
    /** A pass is running. */
    SYNCING,
    /** The last pass finished. */
    UP_TO_DATE,
    /** The last pass failed for a reason the analyst or administrator must fix. */
    ERROR
}
