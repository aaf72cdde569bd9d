package com.intelliclaim.app.common;

import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One background worker (a lane): its tasks run one at a time, in order, off the FX thread. The window keeps two,
 * so that a question never queues behind an ingest: one for ingest and other writes, one for asks and short reads.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FxTaskRunner.class);
    private static final int QUEUED = 0;
    private static final int RUNNING = 1;
    private static final int CANCELLED = 2;
    private static final long CLOSE_GRACE_SECONDS = 15;

    private final ExecutorService worker;

    /** A lane named "engine-worker". */
    public FxTaskRunner() {
        this("engine-worker");
    }

    /** A lane whose thread is named {@code threadName} (seen in thread dumps and logs). */
    public FxTaskRunner(String threadName) {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, threadName);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public <T> Handle run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        AtomicInteger state = new AtomicInteger(QUEUED);
        Future<?> future;
        try {
            future = submit(name, state, work, onSuccess, onFailure);
        } catch (RejectedExecutionException e) {
            log.debug("Task '{}' not run: the application is closing", name);
            return () -> { };
        }
        return () -> {
            if (state.compareAndSet(QUEUED, CANCELLED)) {
                future.cancel(false);
                Platform.runLater(() -> onFailure.accept(new CancellationException(name + " cancelled before it started")));
            } else if (state.get() == RUNNING) {
                future.cancel(true);
            }
        };
    }

    private <T> Future<?> submit(String name, AtomicInteger state, Callable<T> work, Consumer<T> onSuccess,
                                 Consumer<Throwable> onFailure) {
        return worker.submit(() -> {
            if (!state.compareAndSet(QUEUED, RUNNING)) {
                return;
            }
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                log.debug("Task '{}' failed", name, e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public Executor ui() {
        return Platform::runLater;
    }

    /**
     * Stops taking tasks and lets the running one finish (cancel it first if it should stop early); after the grace
     * period the worker is interrupted. Waiting tasks are dropped.
     */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_GRACE_SECONDS, TimeUnit.SECONDS)) {
                log.warn("Background work did not end within {} s of closing; interrupting it", CLOSE_GRACE_SECONDS);
                worker.shutdownNow();
            }
        } catch (InterruptedException e) {
            worker.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
