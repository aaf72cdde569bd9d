package com.intelliclaim.app.settings;

/** A secret could not be read or written; the message is plain words for the analyst. */
public final class SecretStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
