package com.intelliclaim.engine.index;

import com.intelliclaim.engine.api.DataFolderException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/** Opening and wiping an index folder on disk, with Lucene's failures turned into the engine's exceptions. */
final class LuceneIndexFolder {
    @FunctionalInterface
    interface Opener<T> {
        T open(Directory directory) throws IOException;
    }

    private LuceneIndexFolder() {
    }

    static <T> T open(Path folder, Opener<T> opener) {
        Directory directory;
        try {
            Files.createDirectories(folder);
            directory = FSDirectory.open(folder);
        } catch (IOException e) {
            throw new DataFolderException("The keyword index folder " + folder + " cannot be created or opened ("
                    + e.getMessage() + ").", e);
        }
        try {
            return opener.open(directory);
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new DataFolderException("The keyword index in " + folder
                    + " is in use by another IntelliClaim process; close it and try again.", e);
        } catch (IOException | RuntimeException e) {
            // Corrupt, truncated, missing or unknown-format files all surface here; the index is derived data.
            closeQuietly(directory);
            throw new KeywordIndexCorruptException(folder, e);
        }
    }

    /** Deletes the files of the folder (a Lucene index folder is flat); creates the folder if missing. */
    static void wipe(Path folder) {
        try {
            Files.createDirectories(folder);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    Files.delete(file);
                }
            }
        } catch (IOException e) {
            throw new DataFolderException("The keyword index folder " + folder + " could not be emptied ("
                    + e.getMessage() + ").", e);
        }
    }

    private static void closeQuietly(Directory directory) {
        try {
            directory.close();
        } catch (IOException ignored) {
            // The open failure is what gets reported.
        }
    }
}
