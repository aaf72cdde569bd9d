package com.intelliclaim.engine.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The content-addressed copies of ingested files in the data folder: {@code files/<first 2 hex>/<sha256>}. The
 * ingest side writes them (the source-file store of another slice of work); sync only reads them, and writes there
 * the bytes it downloads for a teammate's document.
 */
public final class DataFolderDocumentBytes implements DocumentBytes {
    private final Path root;

    public DataFolderDocumentBytes(Path dataFolder) {
        this.root = dataFolder.resolve("files");
    }

    /** Where the bytes of this SHA-256 belong, whether they are there or not. */
    public Path location(String sha256) {
        Sha256.checked(sha256);
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    @Override
    public Optional<Path> path(String sha256) {
        Path file = location(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
