package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.EngineException;

/**
 * Sync could not finish; the message says in plain words what is wrong (credentials refused, bucket missing, server
 * unreachable, a download that does not match its checksum). Nothing local is lost: the outbox keeps every change
 * that was not confirmed. {@link #retryable()} is true for faults that may pass by themselves (network, server
 * restarting) and false for faults of the configuration, which only the analyst or administrator can fix.
 */
public class SyncException extends EngineException {
    private final boolean retryable;

    public SyncException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
