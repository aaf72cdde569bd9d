package com.intelliclaim.app.sync;

import java.time.Duration;

/** Runs an action once after a delay, on the UI thread; the automatic sync's timer (a manual twin in tests). */
@FunctionalInterface
public interface Scheduler {
    /**
     * Runs {@code action} on the UI thread after {@code delay}, unless cancelled first.
     *
     * @return cancels the action if it has not run; does nothing after
     */
    Runnable after(Duration delay, Runnable action);
}
