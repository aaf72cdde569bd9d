package com.intelliclaim.engine.embed;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A value made on first use, once, even when several threads ask at the same time; a failure is not remembered, so
 * the next call tries again. Used for the embedding model, which takes a second to load and is not needed by every
 * command. Closing waits for a value being made, so a model still loading in the background when its owner closes is
 * freed too.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;
    private boolean closed;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    /** The value, made now if it was not yet; {@link IllegalStateException} after {@link #close}. */
    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                if (closed) {
                    throw new IllegalStateException("This value has been closed.");
                }
                result = value;
                if (result == null) {
                    result = factory.get();
                    value = result;
                }
            }
        }
        return result;
    }

    /**
     * Hands the value to {@code closer} if it has been made (waiting for one being made on another thread) and makes
     * no value after this. Idempotent.
     */
    public synchronized void close(Consumer<? super T> closer) {
        closed = true;
        T made = value;
        value = null;
        if (made != null) {
            closer.accept(made);
        }
    }
}
