package com.intelliclaim.engine.embed;

import java.util.function.Supplier;

/**
 * A value made on first use, once, even when several threads ask at the same time; a failure is not remembered, so
 * the next call tries again. Used for the embedding model, which takes a second to load and is not needed by every
 * command.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    public Lazy(Supplier<T> factory) {
        this.factory = factory;
    }

    @Override
    public T get() {
        T result = value;
        if (result == null) {
            synchronized (this) {
                result = value;
                if (result == null) {
                    result = factory.get();
                    value = result;
                }
            }
        }
        return result;
    }

    /** The value if it has been made, else null; never makes it. */
    public T peek() {
        return value;
    }
}
