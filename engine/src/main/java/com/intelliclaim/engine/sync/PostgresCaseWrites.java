package com.intelliclaim.engine.sync;

import static com.intelliclaim.engine.sync.PostgresWrites.utc;

import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.store.CaseOrder;
import com.intelliclaim.engine.store.SharedCase;
import com.intelliclaim.engine.store.SharedCaseLink;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The case upserts of a push, inside the caller's transaction. A case's row holds the winning version
 * ({@link CaseOrder}: last writer by version, then time, then analyst); every other version pushed, the loser of a
 * conflict included, goes to {@code case_history}. Each version keeps its own change note ("Attached policy.pdf")
 * wherever it goes; a version the server holds without a note (pushed before it kept notes) gets the one pushed now. A
 * case document's link keeps its latest change.
 */
final class PostgresCaseWrites {
    private PostgresCaseWrites() {
    }

    /** Returns true when anything changed on the server (then the change log has an entry for the case). */
    static boolean merge(Connection c, SharedCase shared, String pushedBy) throws SQLException {
        ClaimCase incoming = shared.current();
        String note = shared.noteOf(incoming);
        boolean changed = insert(c, incoming, shared.createdBy(), pushedBy, note);
        ClaimCase winner = incoming;
        if (!changed) {
            ClaimCase stored = PostgresReads.caseRow(c, incoming.id(), true).orElseThrow();
            int order = CaseOrder.WINNER.compare(incoming, stored);
            if (order > 0) {
                keep(c, stored, PostgresReads.changeNote(c, stored.id()));
                replace(c, incoming, pushedBy, note);
                changed = true;
            } else if (order < 0) {
                winner = stored;
                changed = keep(c, incoming, note);
            } else {
                changed = fillNote(c, incoming, note);
            }
        }
        for (ClaimCase version : shared.history()) {
            if (!CaseOrder.same(version, winner)) {
                changed |= keep(c, version, shared.noteOf(version));
            }
        }
        if (changed) {
            ChangeLog.append(c, ChangeLog.CASE, incoming.id());
        }
        return changed;
    }

    private static boolean insert(Connection c, ClaimCase k, String createdBy, String pushedBy, String note)
            throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO cases (id, claim_number, claimant,"
                + " policy_number, status, created_at, created_by, updated_at, updated_by, version, pushed_by,"
                + " change_note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
            insert.setString(1, k.id());
            insert.setString(2, k.claimNumber());
            insert.setString(3, k.claimant());
            insert.setString(4, k.policyNumber());
            insert.setString(5, k.status().name());
            insert.setObject(6, utc(k.createdAt()));
            insert.setString(7, createdBy);
            insert.setObject(8, utc(k.updatedAt()));
            insert.setString(9, k.updatedBy());
            insert.setLong(10, k.version());
            insert.setString(11, pushedBy);
            insert.setString(12, note);
            return insert.executeUpdate() > 0;
        }
    }

    private static void replace(Connection c, ClaimCase k, String pushedBy, String note) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE cases SET claim_number = ?, claimant = ?,"
                + " policy_number = ?, status = ?, updated_at = ?, updated_by = ?, version = ?, pushed_by = ?,"
                + " change_note = ?, pushed_at = now() WHERE id = ?")) {
            update.setString(1, k.claimNumber());
            update.setString(2, k.claimant());
            update.setString(3, k.policyNumber());
            update.setString(4, k.status().name());
            update.setObject(5, utc(k.updatedAt()));
            update.setString(6, k.updatedBy());
            update.setLong(7, k.version());
            update.setString(8, pushedBy);
            update.setString(9, note);
            update.setString(10, k.id());
            update.executeUpdate();
        }
    }

    /** Gives the current version its note when the server has none for it; true when it did. */
    private static boolean fillNote(Connection c, ClaimCase k, String note) throws SQLException {
        if (note == null) {
            return false;
        }
        try (PreparedStatement update = c.prepareStatement(
                "UPDATE cases SET change_note = ? WHERE id = ? AND change_note IS NULL")) {
            update.setString(1, note);
            update.setString(2, k.id());
            return update.executeUpdate() > 0;
        }
    }

    /**
     * Adds a version with its change note (null: none) to the history; false when it was there (then a note it lacks
     * is filled in, which counts as a change).
     */
    private static boolean keep(Connection c, ClaimCase k, String note) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_history (case_id, version, claim_number,"
                + " claimant, policy_number, status, updated_at, updated_by, change_note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (case_id, version, updated_at, updated_by)"
                + " DO UPDATE SET change_note = EXCLUDED.change_note"
                + " WHERE case_history.change_note IS NULL AND EXCLUDED.change_note IS NOT NULL")) {
            insert.setString(1, k.id());
            insert.setLong(2, k.version());
            insert.setString(3, k.claimNumber());
            insert.setString(4, k.claimant());
            insert.setString(5, k.policyNumber());
            insert.setString(6, k.status().name());
            insert.setObject(7, utc(k.updatedAt()));
            insert.setString(8, k.updatedBy());
            insert.setString(9, note);
            return insert.executeUpdate() > 0;
        }
    }

    /** Keeps the link's change unless the server has a later one; true when it was kept. */
    static boolean link(Connection c, SharedCaseLink link) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO case_documents (case_id, document_sha256,"
                + " document_name, attached, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (case_id, document_sha256) DO UPDATE SET document_name = EXCLUDED.document_name,"
                + " attached = EXCLUDED.attached, changed_at = EXCLUDED.changed_at, changed_by = EXCLUDED.changed_by"
                + " WHERE EXCLUDED.changed_at > case_documents.changed_at")) {
            upsert.setString(1, link.caseId());
            upsert.setString(2, link.sha256());
            upsert.setString(3, link.documentName());
            upsert.setBoolean(4, link.attached());
            upsert.setObject(5, utc(link.changedAt()));
            upsert.setString(6, link.changedBy());
            if (upsert.executeUpdate() == 0) {
                return false;
            }
        }
        ChangeLog.append(c, ChangeLog.CASE_DOCUMENT, link.caseId() + "/" + link.sha256());
        return true;
    }
}
