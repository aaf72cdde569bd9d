package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.store.SharedCase;
import com.intelliclaim.engine.store.SharedCaseLink;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SyncTarget} in the team's PostgreSQL: a push is one transaction of upserts on natural keys; a pull
 * reads the change log past its cursor ({@link ChangeLog}) and each changed record in one repeatable-read snapshot. Thread-safe (each call takes its own connection).
 */
public final class PostgresSyncTarget implements SyncTarget {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresSyncTarget.class);

    private final PostgresBackend backend;

    public PostgresSyncTarget(PostgresBackend backend) {
        this.backend = backend;
    }

    @Override
    public void push(ChangeSet changes) {
        if (changes.isEmpty()) {
            return;
        }
        try (Connection c = backend.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                write(c, changes);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw PostgresErrors.plain(backend.settings(), "save the changes", e);
        }
    }

    /**
     * The writes of a push on the caller's connection, without committing. Cases before decisions and links (which
     * name them), removals last (a document added and removed in one batch ends removed).
     */
    void write(Connection c, ChangeSet changes) throws SQLException {
        int written = 0;
        for (TeamDocument document : changes.documents()) {
            written += PostgresWrites.document(c, document, backend.vectorColumns()) ? 1 : 0;
        }
        for (SharedCase shared : changes.cases()) {
            written += PostgresCaseWrites.merge(c, shared, changes.pushedBy()) ? 1 : 0;
        }
        for (SharedCaseLink link : changes.links()) {
            written += PostgresCaseWrites.link(c, link) ? 1 : 0;
        }
        for (DecisionRecord decision : changes.decisions()) {
            written += PostgresWrites.decision(c, decision, changes.pushedBy()) ? 1 : 0;
        }
        for (TeamNote note : changes.notes()) {
            written += PostgresWrites.note(c, note) ? 1 : 0;
        }
        for (TeamRemoval removal : changes.removals()) {
            written += PostgresWrites.removal(c, removal) ? 1 : 0;
        }
        LOG.debug("Pushed {} changes that were new to the team database", written);
    }

    @Override
    public TeamChanges pull(SyncCursor after, int limit) {
        try (Connection c = backend.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<ChangeLog.Entry> entries = ChangeLog.after(c, after, limit);
                SyncCursor next = entries.isEmpty() ? after : entries.get(entries.size() - 1).position();
                return PulledChanges.read(c, entries, next);
            } finally {
                c.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            throw PostgresErrors.plain(backend.settings(), "read the team's changes", e);
        }
    }

    private static void rollbackKeeping(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
