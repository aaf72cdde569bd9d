package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DataFolderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds everything IntelliClaim keeps for one user: the database, the keyword index, the kept
 * original files and the logs.
 * While open it holds an exclusive lock, so two windows or commands never write the same folder. Close it last,
 * after everything that uses its paths.
 */
public final class DataFolder implements AutoCloseable {
    static final String APP_FOLDER = "IntelliClaim";

    private final Path root;
    private final FolderLock lock;

    private DataFolder(Path root, FolderLock lock) {
        this.root = root;
        this.lock = lock;
    }

    /**
     * Opens (creating it if missing) and locks the data folder.
     *
     * @throws DataFolderException when the path is a file, cannot be created, is not writable, or is in use by
     *                             another process (or already open in this one)
     */
    public static DataFolder open(Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        create(folder);
        Path real = realPath(folder);
        probeWritable(real);
        FolderLock lock = FolderLock.acquire(real);
        DataFolder opened = new DataFolder(real, lock);
        try {
            Files.createDirectories(opened.databaseFile().getParent());
            Files.createDirectories(opened.keywordIndexDir());
            Files.createDirectories(opened.logsDir());
        } catch (IOException e) {
            lock.close();
            throw new DataFolderException("The data folder " + real + " is not writable: its sub-folders could not"
                    + " be created (" + e.getMessage() + ").", e);
        }
        return opened;
    }

    private static void create(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new DataFolderException("The data folder " + folder + " is a file, not a folder. Choose a folder"
                    + " with --data.");
        }
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + folder + " could not be created: "
                    + reason(folder, e) + ". Choose another folder with --data.", e);
        }
    }

    /** Names the ancestor that is a file when there is one, the usual reason a folder cannot be created. */
    private static String reason(Path folder, IOException e) {
        for (Path p = folder.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p) && !Files.isDirectory(p)) {
                return p + " is a file, not a folder";
            }
        }
        return e.getClass().getSimpleName() + " " + e.getMessage();
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + folder + " could not be opened ("
                    + e.getMessage() + ").", e);
        }
    }

    /** Permissions say little (root ignores them, Windows ACLs differ): only a real write proves writability. */
    private static void probeWritable(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".write-probe", ".tmp");
            Files.delete(probe);
        } catch (IOException e) {
            throw new DataFolderException("The data folder " + folder + " is not writable (" + e.getMessage()
                    + "). Choose another folder with --data.", e);
        }
    }

    /** The folder itself (absolute, symbolic links resolved). */
    public Path root() {
        return root;
    }

    /** The H2 database path without its ".mv.db" extension. */
    public Path databaseFile() {
        return root.resolve("store").resolve("intelliclaim");
    }

    /** The folder of the Lucene keyword index (exists once the folder is open). */
    public Path keywordIndexDir() {
        return root.resolve("index").resolve("keyword");
    }

    /** The folder of the kept original files, content-addressed by SHA-256 (created when the first is kept). */
    public Path sourceFilesDir() {
        return root.resolve("files");
    }

    /** The folder for log files (exists once the folder is open). */
    public Path logsDir() {
        return root.resolve("logs");
    }

    /** Releases the lock; idempotent. */
    @Override
    public void close() {
        lock.close();
    }

    /**
     * Where the data folder lives when --data is not given: {@code INTELLICLAIM_DATA} if set, else the platform's
     * per-user data folder.
     */
    public static Path defaultLocation() {
        return defaultLocation(System.getProperty("os.name"), System.getenv(), System.getProperty("user.home"));
    }

    static Path defaultLocation(String osName, Map<String, String> env, String userHome) {
        String explicit = env.get("INTELLICLAIM_DATA");
        if (isSet(explicit)) {
            return Paths.get(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path home = Paths.get(userHome);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            return (isSet(local) ? Paths.get(local) : home.resolve("AppData").resolve("Local")).resolve(APP_FOLDER);
        }
        if (os.startsWith("mac")) {
            return home.resolve("Library").resolve("Application Support").resolve(APP_FOLDER);
        }
        String xdg = env.get("XDG_DATA_HOME");
        // The XDG specification says a relative value is invalid and must be ignored.
        if (isSet(xdg) && Paths.get(xdg).isAbsolute()) {
            return Paths.get(xdg).resolve(APP_FOLDER);
        }
        return home.resolve(".local").resolve("share").resolve(APP_FOLDER);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
