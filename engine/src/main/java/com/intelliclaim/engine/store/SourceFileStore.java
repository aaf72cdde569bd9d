package com.intelliclaim.engine.store;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The original bytes of ingested documents, addressed by the lower-case hex SHA-256 of their content (the team sync
 * uploads them under the same key). Whether a document has a kept original is only known here: documents ingested
 * before originals were kept have none. Implementations are thread-safe.
 */
public interface SourceFileStore {
    /** The kept file with this content hash, readable while it is not deleted; empty when none is kept. */
    Optional<Path> path(String sha256);

    /**
     * Keeps these bytes under their hash; the file appears whole or not at all (written aside, then moved). Keeping
     * content that is already kept does nothing.
     *
     * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits
     * @throws java.io.UncheckedIOException when the file cannot be written
     */
    void put(String sha256, byte[] bytes);

    /** Deletes the kept file with this hash, if any; false when there was none. */
    boolean delete(String sha256);
}
