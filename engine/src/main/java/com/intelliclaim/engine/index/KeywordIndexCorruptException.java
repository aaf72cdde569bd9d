package com.intelliclaim.engine.index;

import com.intelliclaim.engine.api.EngineException;
import java.nio.file.Path;

/**
 * The keyword index folder cannot be read: a file is damaged, missing, or of an unknown format. The index is derived
 * data, so the caller's remedy is {@link LuceneKeywordIndex#recreate(Path)} followed by re-adding every chunk from
 * the store.
 */
public final class KeywordIndexCorruptException extends EngineException {
    private final transient Path directory;

    public KeywordIndexCorruptException(Path directory, Throwable cause) {
        super("The keyword index in " + directory + " is damaged or unreadable (" + cause.getMessage()
                + "). It can be rebuilt from the documents in the data folder.", cause);
        this.directory = directory;
    }

    /** The index folder that could not be opened. */
    public Path directory() {
        return directory;
    }
}
