package com.intelliclaim.engine.api;

/** The data folder cannot be used: it is in use by another process, not writable, or not a folder. */
public final class DataFolderException extends EngineException {
    public DataFolderException(String message) {
        super(message);
    }

    public DataFolderException(String message, Throwable cause) {
        super(message, cause);
    }
}
