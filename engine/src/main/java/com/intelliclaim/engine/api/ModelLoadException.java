package com.intelliclaim.engine.api;

/** The embedding model could not be loaded. The engine never falls back to random or zero vectors. */
public final class ModelLoadException extends EngineException {
    public ModelLoadException(String message) {
        super(message);
    }

    public ModelLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
