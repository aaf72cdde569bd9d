package com.intelliclaim.engine.sync;

import java.nio.file.Path;

/**
 * The team's store of original document bytes, addressed by their SHA-256 only. Implementations verify the bytes
 * themselves on the way up and down. Thread-safe.
 */
public interface DocumentObjects {

    /**
     * Sends the file whose bytes have this SHA-256 unless the store has it already (asked first, so an object is never
     * sent twice). Returns true when the bytes were sent, false when they were there.
     *
     * @throws SyncException when the file's bytes do not have this SHA-256 (nothing is sent), or the store refused or
     *                       could not be reached
     */
    boolean upload(String sha256, Path file);

    /**
     * Writes the bytes of this SHA-256 to {@code target} (replacing it) only once their SHA-256 was checked; a download
     * that does not match leaves no file behind.
     *
     * @throws SyncException when the object is missing, its bytes do not match, or the store cannot be reached
     */
    void download(String sha256, Path target);
}
