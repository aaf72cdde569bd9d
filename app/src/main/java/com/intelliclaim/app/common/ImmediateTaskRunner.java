package com.intelliclaim.app.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/** The synchronous twin of {@link FxTaskRunner} for view-model tests: work and callbacks run on the caller's thread. */
public final class ImmediateTaskRunner implements TaskRunner {
    @Override
    public <T> Handle run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return () -> { };
        }
        onSuccess.accept(result);
        return () -> { };
    }

    @Override
    public Executor ui() {
        return Runnable::run;
    }
}
