package com.intelliclaim.engine.decide.llm;

/**
 * A model gave no answer after its retries. {@link #getMessage()} is a plain sentence for the audit trail;
 * {@link #serverWide()} says that the other models on the same server need not be tried.
 */
final class ModelUnavailableException extends Exception {
    private final boolean serverWide;

    ModelUnavailableException(String reason, boolean serverWide) {
        super(reason, null, false, false);
        this.serverWide = serverWide;
    }

    boolean serverWide() {
        return serverWide;
    }
}
