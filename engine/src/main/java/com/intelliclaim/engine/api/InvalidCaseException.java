package com.intelliclaim.engine.api;

/**
 * A case change that cannot be made as asked: an empty or duplicate claim number, a field too long, an unknown
 * document, or an edit of a version someone else has changed since. The message names the value and the reason.
 */
public final class InvalidCaseException extends EngineException {
    public InvalidCaseException(String message) {
        super(message);
    }
}
