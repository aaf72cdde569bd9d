package com.intelliclaim.engine.ingest;

import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.UnreadableFileException;
import com.intelliclaim.engine.ingest.parse.SourceDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

/** Finds the files of an ingest batch and reads each one, with the size limit, into a hashed {@link SourceDocument}. */
public final class SourceFiles {
    private final long maxBytes;

    public SourceFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Expands folders (recursively, in name order, skipping hidden files such as .DS_Store) and keeps files as given.
     * A path that does not exist is kept, so that reading it reports the problem against its name.
     */
    public static List<Path> expand(List<Path> paths) {
        Set<Path> files = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> !isHidden(path, p))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    files.add(path);
                }
            } else {
                files.add(path);
            }
        }
        return new ArrayList<>(files);
    }

    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".") || name.equals("Thumbs.db") || name.equals("desktop.ini")) {
                return true;
            }
        }
        return false;
    }

    /** Reads a file whole and hashes it; size, emptiness and readability are checked before parsing. */
    public SourceDocument read(Path file) {
        long size;
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableFileException(file, "is a folder that could not be listed");
            }
            size = Files.size(file);
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "does not exist (it may have been moved or deleted)", e);
        } catch (IOException e) {
            throw new UnreadableFileException(file, "cannot be read: " + describe(e), e);
        }
        if (size == 0) {
            throw new EmptyDocumentException(file, "is empty (0 bytes)");
        }
        if (size > maxBytes) {
            throw new DocumentTooLargeException(file, "is " + megabytes(size) + ", larger than the limit of "
                    + megabytes(maxBytes) + " (change the limit in the settings or with --max-file-mb)");
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new SourceDocument(file, bytes, sha256(bytes));
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(file, "disappeared while it was being read", e);
        } catch (ClosedByInterruptException e) {
            // Cancellation is interruption; an interrupted read is a cancel, not an unreadable file.
            Thread.currentThread().interrupt();
            throw new CancellationException("reading " + file.getFileName() + " cancelled");
        } catch (IOException | OutOfMemoryError e) {
            throw new UnreadableFileException(file, "cannot be read: " + describe(e), e);
        }
    }

    /** Lower-case hex SHA-256 of the bytes: a document's identity. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String describe(Throwable e) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof OutOfMemoryError) {
            return "not enough memory to read it";
        }
        return e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT) + " error";
    }
}
