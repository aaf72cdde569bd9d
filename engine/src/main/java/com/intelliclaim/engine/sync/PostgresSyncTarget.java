package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link SyncTarget} in the team's PostgreSQL: a push is one transaction of upserts on natural keys; a pull
 * reads each kind past its cursor in one repeatable-read snapshot. Thread-safe (each call takes its own connection).
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
                int documents = 0;
                int decisions = 0;
                int notes = 0;
                for (TeamDocument document : changes.documents()) {
                    documents += PostgresWrites.document(c, document) ? 1 : 0;
                }
                for (DecisionRecord decision : changes.decisions()) {
                    decisions += PostgresWrites.decision(c, decision, changes.pushedBy()) ? 1 : 0;
                }
                for (TeamNote note : changes.notes()) {
                    notes += PostgresWrites.note(c, note) ? 1 : 0;
                }
                c.commit();
                LOG.debug("Pushed {} new documents, {} new decisions, {} new notes", documents, decisions, notes);
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(c, e);
                throw e;
            }
        } catch (SQLException | RuntimeException e) {
            throw PostgresErrors.plain(backend.settings(), "save the changes", e);
        }
    }

    @Override
    public TeamChanges pull(SyncCursor after, int limit) {
        try (Connection c = backend.dataSource().getConnection()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                List<Long> documentSeqs = new ArrayList<>();
                List<Long> decisionSeqs = new ArrayList<>();
                List<Long> noteSeqs = new ArrayList<>();
                var documents = PostgresReads.documents(c, after.documents(), limit, documentSeqs);
                var decisions = PostgresReads.decisions(c, after.decisions(), limit, decisionSeqs);
                long decisionsUpTo = last(decisionSeqs, after.decisions());
                var notes = PostgresReads.notes(c, after.notes(), decisionsUpTo, limit, noteSeqs);
                SyncCursor next = new SyncCursor(last(documentSeqs, after.documents()), decisionsUpTo,
                        last(noteSeqs, after.notes()));
                return new TeamChanges(documents, decisions, notes, next);
            } finally {
                c.rollback();
            }
        } catch (SQLException | RuntimeException e) {
            throw PostgresErrors.plain(backend.settings(), "read the team's changes", e);
        }
    }

    private static long last(List<Long> seqs, long otherwise) {
        return seqs.isEmpty() ? otherwise : seqs.get(seqs.size() - 1);
    }

    private static void rollbackKeeping(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
