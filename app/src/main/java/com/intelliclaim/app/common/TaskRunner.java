package com.intelliclaim.app.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs engine work off the JavaFX thread, one task at a time in submission order, and hands results back on it. Every
 * task ends in exactly one callback: {@code onSuccess} or {@code onFailure}.
 */
public interface TaskRunner {
    /**
     * Queues {@code work} for the background; then runs {@code onSuccess} or {@code onFailure} on the UI thread.
     * A task cancelled before it started never runs and gets {@code onFailure} with a
     * {@link java.util.concurrent.CancellationException}; a running one is interrupted, which the engine takes as
     * cancellation, and reports whatever the work returns or throws.
     *
     * @return a handle whose {@link Handle#cancel()} removes the task from the queue or interrupts it
     */
    <T> Handle run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The executor that runs code on the UI thread (progress updates go through it). */
    Executor ui();

    /** A queued or running task. */
    interface Handle {
        /** Removes the task from the queue, or interrupts it when it runs; does nothing once it has ended. */
        void cancel();
    }
}
