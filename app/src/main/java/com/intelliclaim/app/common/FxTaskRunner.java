package com.intelliclaim.app.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The application's one background worker: engine tasks run one at a time, in order, off the FX thread. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FxTaskRunner.class);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "engine-worker");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> Handle run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Future<?> future = worker.submit(() -> {
            try {
                T result = work.call();
                Platform.runLater(() -> onSuccess.accept(result));
            } catch (Throwable e) {
                log.debug("Task '{}' failed", name, e);
                Platform.runLater(() -> onFailure.accept(e));
            }
        });
        return () -> future.cancel(true);
    }

    @Override
    public Executor ui() {
        return Platform::runLater;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
