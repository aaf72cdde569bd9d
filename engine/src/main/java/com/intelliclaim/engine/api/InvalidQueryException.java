package com.intelliclaim.engine.api;

/** A query that cannot be run as given (empty, too long); the message says which limit was hit. */
public final class InvalidQueryException extends EngineException {
    public InvalidQueryException(String message) {
        super(message);
    }
}
