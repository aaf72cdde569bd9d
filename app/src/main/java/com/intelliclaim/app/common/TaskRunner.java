package com.intelliclaim.app.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Runs engine work off the JavaFX thread and hands results back on it. Every task has a failure handler. Cancel a
 * task with the returned handle (it interrupts the worker, which the engine takes as cancellation).
 */
public interface TaskRunner {
    /**
     * Runs {@code work} in the background; then {@code onSuccess} or {@code onFailure} on the UI thread.
     *
     * @return a handle whose {@link Handle#cancel()} interrupts the work
     */
    <T> Handle run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** The executor that runs code on the UI thread (progress updates go through it). */
    Executor ui();

    /** A running task. */
    interface Handle {
        void cancel();
    }
}
