package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.EngineException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import org.h2.api.ErrorCode;

/** Turns database failures into messages an analyst can act on, keeping the technical cause. */
final class StoreErrors {
    private StoreErrors() {
    }

    /**
     * "The local database in FOLDER could not ACTION: LIKELY CAUSE." — {@code action} reads after "could not",
     * e.g. "be opened" or "save report.pdf".
     */
    static EngineException wrap(Path databaseFile, String action, Throwable error) {
        return new EngineException("The local database in " + folderOf(databaseFile) + " could not " + action + ": "
                + likelyCause(error) + ".", error);
    }

    static Path folderOf(Path databaseFile) {
        Path parent = databaseFile.toAbsolutePath().getParent();
        return parent == null ? databaseFile : parent;
    }

    static String likelyCause(Throwable error) {
        if (mentionsFullDisk(error)) {
            return "the disk is full (free some space and try again)";
        }
        SQLException sql = findSqlException(error);
        if (sql == null) {
            return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        }
        switch (sql.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1:
                return "it is in use by another program (close other IntelliClaim windows or commands)";
            case ErrorCode.FILE_CORRUPTED_1:
                return "the database file is damaged (restore it from a backup, or choose another data folder"
                        + " with --data)";
            case ErrorCode.FILE_VERSION_ERROR_1:
                return "the database file was written by an incompatible version of the database engine";
            case ErrorCode.IO_EXCEPTION_1:
            case ErrorCode.IO_EXCEPTION_2:
                return "the disk could not be read or written (it may be full, removed or failing)";
            case ErrorCode.DATABASE_IS_READ_ONLY:
                return "the database file is read-only";
            case ErrorCode.DATABASE_IS_CLOSED:
                return "the database has been closed";
            default:
                return "an unexpected database error (H2 code " + sql.getErrorCode() + ")";
        }
    }

    /** H2 2.x has no error code for a full disk; the operating system's words travel in the causes. */
    private static boolean mentionsFullDisk(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("no space left") || message.contains("not enough space")
                    || message.contains("disk full")) {
                return true;
            }
        }
        return false;
    }

    static SQLException findSqlException(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        return null;
    }
}
