package com.intelliclaim.engine.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Connections and transactions over one H2 file. Reads run concurrently on pooled connections (MVStore gives each
 * a committed snapshot, so a search never waits for an ingest); writes take one Java lock, so two writers never
 * contend for the revision row and never hit H2's lock timeout in the middle of a long document.
 */
final class StoreDatabase implements AutoCloseable {
    /** A piece of SQL work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final int MAX_CONNECTIONS = 4;

    private final Path file;
    private final JdbcConnectionPool pool;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong revision = new AtomicLong();

    StoreDatabase(Path file) {
        this.file = file;
        this.pool = JdbcConnectionPool.create(url(file), "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
    }

    /**
     * The default MVStore file with transactions (no LOG=0, no UNDO_LOG=0), plus two choices that tests proved
     * necessary. WRITE_DELAY=0: H2 otherwise keeps commits in memory for up to half a second, and kill -9 lost
     * every document of the last seconds. async: an interrupted thread (our way to cancel) closes a plain
     * FileChannel, and H2 then closes the whole database; AsynchronousFileChannel is not closed by interrupts.
     * It reads more slowly (about 3x when streaming every chunk), which only the index rebuild notices.
     */
    static String url(Path file) {
        return "jdbc:h2:async:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0";
    }

    JdbcConnectionPool dataSource() {
        return pool;
    }

    Path file() {
        return file;
    }

    /** Loads the revision from the file; called once the schema is in place. */
    void loadRevision() {
        revision.set(read("be opened", IndexMeta::revision));
    }

    long revision() {
        return revision.get();
    }

    /** Runs read-only work on its own connection in auto-commit mode. */
    <T> T read(String action, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw StoreErrors.wrap(file, action, e);
        }
    }

    /** Runs read-only work in one transaction that sees a single snapshot, however long it takes. */
    <T> T snapshot(String action, Work<T> work) {
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.rollback();
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreErrors.wrap(file, action, e);
        }
    }

    /** Runs work in one transaction that also bumps the revision; all or nothing. */
    <T> T write(String action, Work<T> work) {
        return write(action, work, result -> true);
    }

    /**
     * Runs work in one transaction; when {@code changed} says the result changed something, the revision is bumped
     * in the same transaction, otherwise the transaction is rolled back.
     */
    <T> T write(String action, Work<T> work, Predicate<T> changed) {
        return transaction(action, work, changed, true);
    }

    /**
     * Runs work in one transaction that leaves the revision alone: for records the search indexes are not derived
     * from (decisions, notes), so writing them never makes the indexes look stale.
     */
    <T> T append(String action, Work<T> work) {
        return transaction(action, work, result -> true, false);
    }

    private <T> T transaction(String action, Work<T> work, Predicate<T> changed, boolean bumpsRevision) {
        writeLock.lock();
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                if (!changed.test(result)) {
                    connection.rollback();
                    return result;
                }
                if (!bumpsRevision) {
                    connection.commit();
                    return result;
                }
                long next = IndexMeta.bumpRevision(connection);
                connection.commit();
                revision.set(next);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StoreErrors.wrap(file, action, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Rolls back after a failure; a failing rollback must not hide the failure that caused it. */
    private static void rollbackKeeping(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        // Closing the last connection closes the H2 database, which writes its final state to the file.
        pool.dispose();
    }
}
