package com.intelliclaim.app.common;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * A task runner for tests that queues tasks until the test runs them, on the test's thread. Cancelling a waiting task
 * removes it (onFailure gets a CancellationException, as with the real runner); cancelling the running one interrupts
 * the thread, as the real runner does, and the flag is cleared when the task ends.
 */
public final class QueuedTaskRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();
    private Object running;

    @Override
    public <T> Handle run(String name, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Object token = new Object();
        Runnable task = new Runnable() {
            @Override
            public void run() {
                running = token;
                try {
                    T result = work.call();
                    onSuccess.accept(result);
                } catch (Exception e) {
                    onFailure.accept(e);
                } finally {
                    running = null;
                    Thread.interrupted();
                }
            }
        };
        queue.add(task);
        return () -> {
            if (queue.remove(task)) {
                onFailure.accept(new CancellationException(name + " cancelled before it started"));
            } else if (running == token) {
                Thread.currentThread().interrupt();
            }
        };
    }

    @Override
    public Executor ui() {
        return Runnable::run;
    }

    public int waiting() {
        return queue.size();
    }

    /** Runs the next waiting task; false when none waits. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next == null) {
            return false;
        }
        next.run();
        return true;
    }

    /** Runs tasks, including those they queue, until none waits. */
    public void runAll() {
        while (runNext()) {
            // keep going
        }
    }
}
