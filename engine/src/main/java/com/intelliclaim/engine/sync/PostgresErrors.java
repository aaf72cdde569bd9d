package com.intelliclaim.engine.sync;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

/** Turns what JDBC, the pool or Flyway throw into a {@link SyncException} with a plain message. */
final class PostgresErrors {
    private PostgresErrors() {
    }

    static SyncException plain(DatabaseSettings settings, String action, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SyncException sync) {
                // Already plain (a database secret that could not be read), perhaps wrapped by the pool.
                return sync;
            }
        }
        String where = "The team database (" + settings.describe() + ")";
        SQLException sql = find(e);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.startsWith("28")) {
            return new SyncException(where + " refused the sign-in: check the user and password (or IAM access).",
                    false, e);
        }
        if (state.equals("3D000")) {
            return new SyncException(where + ": the database does not exist. Check the URL with your administrator.",
                    false, e);
        }
        if (state.startsWith("08") || state.equals("57P01") || state.equals("57P03") || sql == null
                || sql instanceof SQLTransientConnectionException) {
            return new SyncException(where + " could not be reached to " + action + "; sync will try again.",
                    true, e);
        }
        return new SyncException(where + " could not " + action + " (SQL state " + state + ").",
                state.startsWith("40"), e);
    }

    private static SQLException find(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }
}
