package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** A document that is password-protected (encrypted); remove the password and add it again. */
public final class EncryptedDocumentException extends DocumentException {
    public EncryptedDocumentException(Path file, String reason) {
        super(file, reason, null);
    }

    public EncryptedDocumentException(Path file, String reason, Throwable cause) {
        super(file, reason, cause);
    }
}
