package com.intelliclaim.engine.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kept originals in a folder: {@code <root>/<first two hex digits>/<sha256>}. A file is written to a temporary name
 * in the root and moved into place, so a crash leaves either the whole file or a temporary one, which
 * {@link #sweep} removes at the next open along with files no document refers to. Thread-safe.
 */
public final class FolderSourceFileStore implements SourceFileStore {
    private static final Logger log = LoggerFactory.getLogger(FolderSourceFileStore.class);
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final String TEMP_PREFIX = ".incoming-";

    private final Path root;

    public FolderSourceFileStore(Path root) {
        this.root = root;
    }

    /** The store of a data folder's kept originals. */
    public static FolderSourceFileStore of(DataFolder folder) {
        return new FolderSourceFileStore(folder.sourceFilesDir());
    }

    /**
     * Where the file of this hash belongs, whether it is kept or not (team sync downloads a teammate's original there).
     *
     * @throws IllegalArgumentException when {@code sha256} is not 64 lower-case hex digits
     */
    public Path location(String sha256) {
        return fileOf(checked(sha256));
    }

    @Override
    public Optional<Path> path(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path file = fileOf(sha256);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public void put(String sha256, byte[] bytes) {
        Path target = fileOf(checked(sha256));
        if (Files.isRegularFile(target)) {
            return;
        }
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(root, TEMP_PREFIX, ".tmp");
            Files.write(temp, bytes);
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("could not keep the original file " + sha256 + " in " + root, e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Same hash, same bytes: another writer got there first.
            Files.deleteIfExists(temp);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public boolean delete(String sha256) {
        Path file = fileOf(checked(sha256));
        try {
            // The emptied sub-folder stays until the next sweep, so a concurrent put never loses its folder.
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the original file " + sha256 + " in " + root, e);
        }
    }

    /**
     * Removes what a crash or an interrupted write can leave: temporary files, and kept files whose hash is not in
     * {@code kept} (a file written before its document's transaction committed). Returns how many files went.
     * Call it only while nothing else writes this store (at open, holding the data folder's lock).
     */
    public int sweep(Set<String> kept) {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry)) {
                    removed += sweepFolder(entry, kept);
                    deleteIfEmpty(entry);
                } else if (entry.getFileName().toString().startsWith(TEMP_PREFIX)) {
                    Files.deleteIfExists(entry);
                    removed++;
                }
            }
        } catch (IOException e) {
            // Leftovers only waste space; a failed sweep must not stop the engine from opening.
            log.warn("Could not sweep left-over original files in {}", root, e);
        }
        if (removed > 0) {
            log.info("Removed {} left-over original files from {}", removed, root);
        }
        return removed;
    }

    private static int sweepFolder(Path folder, Set<String> kept) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && !kept.contains(file.getFileName().toString())) {
                    Files.delete(file);
                    removed++;
                }
            }
        }
        return removed;
    }

    private Path fileOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static String checked(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("\"" + sha256 + "\" is not a SHA-256 (64 lower-case hex digits).");
        }
        return sha256;
    }

    private static void deleteIfEmpty(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            if (entries.iterator().hasNext()) {
                return;
            }
        } catch (IOException e) {
            return;
        }
        try {
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            // Not empty any more (a concurrent put) or busy: an empty folder is harmless.
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.debug("Could not delete the temporary file {}", file, e);
        }
    }
}
