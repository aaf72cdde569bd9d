package com.intelliclaim.engine.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that cannot be ingested. Subclasses name the reason; the message names the file and says what to do.
 * One failing file never stops a batch: the ingest pipeline records it and goes on.
 */
public abstract class DocumentException extends EngineException {
    private final transient Path file;

    protected DocumentException(Path file, String reason, Throwable cause) {
        super(describe(file) + ": " + reason, cause);
        this.file = file;
    }

    /** The file that failed, as the user named it (may be a bare name for in-memory sources). */
    public Path file() {
        return file;
    }

    /** The reason alone, without the file name, for UIs that show the file beside it. */
    public String reason() {
        String message = getMessage();
        String prefix = describe(file) + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String describe(Path file) {
        Objects.requireNonNull(file, "file");
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
