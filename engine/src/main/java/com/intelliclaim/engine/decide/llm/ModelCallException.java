package com.intelliclaim.engine.decide.llm;

/**
 * A model request that got no HTTP answer: it timed out, could not connect, lost its connection or was interrupted.
 * Thrown by {@link ModelHttpClient} and found again in the cause chain of whatever langchain4j wraps it in.
 */
final class ModelCallException extends RuntimeException {

    /** What went wrong. */
    enum Kind {
        /** Connected, but no answer within the timeout. */
        TIMEOUT,
        /** No connection could be made (refused, unknown host, no route, connect timeout). */
        UNREACHABLE,
        /** The connection broke while waiting for the answer. */
        DROPPED,
        /** The calling thread was interrupted (the analyst cancelled). */
        INTERRUPTED
    }

    private final Kind kind;

    ModelCallException(Kind kind, Throwable cause) {
        super(kind + ": " + cause.getClass().getSimpleName(), cause);
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }
}
