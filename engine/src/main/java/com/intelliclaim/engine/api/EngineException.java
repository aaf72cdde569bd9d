package com.intelliclaim.engine.api;

/**
 * Base of every failure the engine reports. The message is written for the analyst: plain words, naming the file or
 * value and the reason, never a stack trace. The technical cause, when there is one, is kept as {@link #getCause()}.
 */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
