package com.intelliclaim.engine.api;

/** An override or note that cannot be kept as given (no reason, an unchanged decision, empty text). */
public final class InvalidReviewException extends EngineException {
    public InvalidReviewException(String message) {
        super(message);
    }
}
