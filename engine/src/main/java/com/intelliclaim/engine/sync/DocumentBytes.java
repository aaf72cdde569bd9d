package com.intelliclaim.engine.sync;

import java.nio.file.Path;
import java.util.Optional;

/** Where the original bytes of a local document are kept, by SHA-256. Thread-safe. */
@FunctionalInterface
public interface DocumentBytes {
    /** The file holding the bytes of this SHA-256, or empty when this data folder has no copy of them. */
    Optional<Path> path(String sha256);
}
