package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The SQL of the case tables. Each method runs on the connection it is given and holds no state. */
final class CaseRows {
    private static final String COLUMNS = "id, claim_number, claimant, policy_number, status, created_at, updated_at,"
            + " updated_by, version";

    private CaseRows() {
    }

    static void insert(Connection c, ClaimCase k) throws SQLException {
        insert(c, k, k.updatedBy(), null, null, null);
    }

    /**
     * Inserts a case; {@code receivedFrom} and {@code receivedAt} are null for a case made here, {@code changeNote}
     * what made its version (null: its creation or an edit of its fields).
     */
    static void insert(Connection c, ClaimCase k, String createdBy, String receivedFrom, Instant receivedAt,
                       String changeNote) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO cases (" + COLUMNS
                + ", created_by, received_from, received_at, change_note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(insert, k);
            insert.setString(10, createdBy);
            insert.setString(11, receivedFrom);
            insert.setObject(12, receivedAt == null ? null : utc(receivedAt));
            insert.setString(13, changeNote);
            insert.executeUpdate();
        }
    }

    /**
     * Keeps a version, with its change note (null: none), in the history unless it is there already; true when it was
     * added. A version there without a note gets this one.
     */
    static boolean keep(Connection c, ClaimCase version, String changeNote) throws SQLException {
        boolean added = !inHistory(c, version);
        if (added) {
            copyToHistory(c, version, false);
        }
        fillNote(c, version, changeNote);
        return added;
    }

    /**
     * Keeps the current version in the history with the change note stored with it, unless it is there already
     * (before a teammate's version replaces it); true when it was added.
     */
    static boolean keepCurrent(Connection c, ClaimCase current) throws SQLException {
        if (inHistory(c, current)) {
            return false;
        }
        copyToHistory(c, current, true);
        return true;
    }

    private static boolean inHistory(Connection c, ClaimCase version) throws SQLException {
        return history(c, version.id()).stream().anyMatch(kept -> CaseOrder.same(kept, version));
    }

    /**
     * Gives a version that has no change note here the one a teammate sent (a version pushed before the team's
     * database kept notes has none there); does nothing when {@code changeNote} is null or the version has one.
     */
    static void fillNote(Connection c, ClaimCase version, String changeNote) throws SQLException {
        if (changeNote == null) {
            return;
        }
        for (String table : List.of("cases SET change_note = ? WHERE id = ?",
                "case_history SET change_note = ? WHERE case_id = ?")) {
            try (PreparedStatement update = c.prepareStatement("UPDATE " + table + " AND version = ?"
                    + " AND updated_at = ? AND updated_by = ? AND change_note IS NULL")) {
                update.setString(1, changeNote);
                update.setString(2, version.id());
                update.setLong(3, version.version());
                update.setObject(4, utc(version.updatedAt()));
                update.setString(5, version.updatedBy());
                update.executeUpdate();
            }
        }
    }

    /**
     * Overwrites the current version with {@code next}, whatever it was (for a team version that won), and its change
     * note with {@code changeNote} (null: none).
     */
    static void overwrite(Connection c, ClaimCase next, String changeNote) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE cases SET " + FIELDS_SET
                + ", change_note = ? WHERE id = ?")) {
            bindFields(update, next);
            update.setString(8, changeNote);
            update.setString(9, next.id());
            update.executeUpdate();
        }
    }

    /** Who created a case and, for a teammate's case, who sent it and when it arrived. */
    static Optional<com.intelliclaim.engine.api.CaseOrigin> origin(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT created_by, received_from, received_at FROM cases WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                OffsetDateTime at = rows.getObject(3, OffsetDateTime.class);
                return Optional.of(new com.intelliclaim.engine.api.CaseOrigin(rows.getString(1), rows.getString(2),
                        at == null ? null : at.toInstant()));
            }
        }
    }

    /** The link of one document to one case, if attached. */
    static Optional<CaseDocument> link(Connection c, String caseId, String sha256) throws SQLException {
        return documents(c, caseId).stream().filter(d -> d.sha256().equals(sha256)).findFirst();
    }

    /** Links a document by the name it had when attached elsewhere; false when it was linked already. */
    static boolean linkByName(Connection c, String caseId, String sha256, String name, Instant at, String by)
            throws SQLException {
        if (link(c, caseId, sha256).isPresent()) {
            return false;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_documents (case_id, document_sha256,"
                + " document_name, attached_at, attached_by) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, caseId);
            insert.setString(2, sha256);
            insert.setString(3, name);
            insert.setObject(4, utc(at));
            insert.setString(5, by);
            return insert.executeUpdate() == 1;
        }
    }

    /** Copies the current row to the history, then overwrites it with {@code next} (an edit of its fields). */
    static void replace(Connection c, ClaimCase current, ClaimCase next) throws SQLException {
        replace(c, current, next, null);
    }

    /**
     * Copies the current row, with its change note, to the history, then overwrites it with {@code next}, noting what
     * made it ({@code note}; null for an edit of the fields, which the history shows by comparing versions).
     */
    static void replace(Connection c, ClaimCase current, ClaimCase next, String note) throws SQLException {
        copyToHistory(c, current, true);
        try (PreparedStatement update = c.prepareStatement("UPDATE cases SET " + FIELDS_SET
                + ", change_note = ? WHERE id = ? AND version = ?")) {
            bindFields(update, next);
            update.setString(8, note);
            update.setString(9, current.id());
            update.setLong(10, current.version());
            if (update.executeUpdate() != 1) {
                throw new SQLException("case " + current.id() + " changed during its update");
            }
        }
    }

    /** The fields a version sets, in the order {@link #bindFields} binds them (parameters 1–7). */
    private static final String FIELDS_SET = "claim_number = ?, claimant = ?, policy_number = ?, status = ?,"
            + " updated_at = ?, updated_by = ?, version = ?";

    private static void bindFields(PreparedStatement statement, ClaimCase k) throws SQLException {
        statement.setString(1, k.claimNumber());
        statement.setString(2, k.claimant());
        statement.setString(3, k.policyNumber());
        statement.setString(4, k.status().name());
        statement.setObject(5, utc(k.updatedAt()));
        statement.setString(6, k.updatedBy());
        statement.setLong(7, k.version());
    }

    /** Copies a version to the history, with the current row's change note when {@code withNote}. */
    private static void copyToHistory(Connection c, ClaimCase version, boolean withNote) throws SQLException {
        try (PreparedStatement keep = c.prepareStatement("INSERT INTO case_history (claim_number, claimant,"
                + " policy_number, status, updated_at, updated_by, version, case_id, change_note) VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, " + (withNote ? "(SELECT change_note FROM cases WHERE id = ?)" : "NULL") + ")")) {
            bindFields(keep, version);
            keep.setString(8, version.id());
            if (withNote) {
                keep.setString(9, version.id());
            }
            keep.executeUpdate();
        }
    }

    static Optional<ClaimCase> byId(Connection c, String id) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM cases WHERE id = ?", id).stream().findFirst();
    }

    /** Exact claim number first, then the same letters in another case. */
    static Optional<ClaimCase> byClaimNumber(Connection c, String claimNumber) throws SQLException {
        List<ClaimCase> found = select(c, "SELECT " + COLUMNS + " FROM cases WHERE UPPER(claim_number) = UPPER(?)"
                + " ORDER BY claim_number", claimNumber);
        return found.stream().filter(k -> k.claimNumber().equals(claimNumber)).findFirst()
                .or(() -> found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty());
    }

    static List<ClaimCase> all(Connection c) throws SQLException {
        return select(c, "SELECT " + COLUMNS + " FROM cases ORDER BY updated_at DESC, claim_number", null);
    }

    static List<ClaimCase> history(Connection c, String id) throws SQLException {
        List<ClaimCase> versions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT h.case_id, h.claim_number, h.claimant,"
                + " h.policy_number, h.status, k.created_at, h.updated_at, h.updated_by, h.version FROM case_history h"
                + " JOIN cases k ON k.id = h.case_id WHERE h.case_id = ? ORDER BY h.version, h.updated_at, h.updated_by")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    versions.add(claimCase(rows));
                }
            }
        }
        return versions;
    }

    /** The change notes of a case's versions (those that have one), each with its version. */
    static List<CaseVersionNote> changeNotes(Connection c, String id) throws SQLException {
        List<CaseVersionNote> notes = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT h.case_id, h.claim_number, h.claimant,"
                + " h.policy_number, h.status, k.created_at, h.updated_at, h.updated_by, h.version, h.change_note"
                + " FROM case_history h JOIN cases k ON k.id = h.case_id WHERE h.case_id = ?"
                + " AND h.change_note IS NOT NULL UNION ALL SELECT " + COLUMNS + ", change_note FROM cases"
                + " WHERE id = ? AND change_note IS NOT NULL")) {
            select.setString(1, id);
            select.setString(2, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notes.add(new CaseVersionNote(claimCase(rows), rows.getString(10)));
                }
            }
        }
        return notes;
    }

    static boolean documentIndexed(Connection c, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM documents WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Links a document (named as it is indexed now); false when it was linked already. */
    static boolean link(Connection c, String caseId, String sha256, Instant at, String by) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_documents (case_id, document_sha256,"
                + " document_name, attached_at, attached_by) SELECT ?, sha256, name, ?, ? FROM documents d"
                + " WHERE d.sha256 = ? AND NOT EXISTS (SELECT 1 FROM case_documents WHERE case_id = ?"
                + " AND document_sha256 = ?)")) {
            insert.setString(1, caseId);
            insert.setObject(2, utc(at));
            insert.setString(3, by);
            insert.setString(4, sha256);
            insert.setString(5, caseId);
            insert.setString(6, sha256);
            return insert.executeUpdate() == 1;
        }
    }

    static boolean unlink(Connection c, String caseId, String sha256) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement(
                "DELETE FROM case_documents WHERE case_id = ? AND document_sha256 = ?")) {
            delete.setString(1, caseId);
            delete.setString(2, sha256);
            return delete.executeUpdate() == 1;
        }
    }

    static List<CaseDocument> documents(Connection c, String caseId) throws SQLException {
        List<CaseDocument> documents = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT cd.document_sha256, d.name, cd.document_name,"
                + " cd.attached_at, cd.attached_by FROM case_documents cd LEFT JOIN documents d"
                + " ON d.sha256 = cd.document_sha256 WHERE cd.case_id = ? ORDER BY cd.attached_at, cd.document_sha256")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    String current = rows.getString(2);
                    documents.add(new CaseDocument(rows.getString(1).strip(), current != null ? current
                            : rows.getString(3), instant(rows, 4), rows.getString(5), current != null));
                }
            }
        }
        return documents;
    }

    private static List<ClaimCase> select(Connection c, String sql, String parameter) throws SQLException {
        List<ClaimCase> cases = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(sql)) {
            if (parameter != null) {
                select.setString(1, parameter);
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cases.add(claimCase(rows));
                }
            }
        }
        return cases;
    }

    private static void bind(PreparedStatement s, ClaimCase k) throws SQLException {
        s.setString(1, k.id());
        s.setString(2, k.claimNumber());
        s.setString(3, k.claimant());
        s.setString(4, k.policyNumber());
        s.setString(5, k.status().name());
        s.setObject(6, utc(k.createdAt()));
        s.setObject(7, utc(k.updatedAt()));
        s.setString(8, k.updatedBy());
        s.setLong(9, k.version());
    }

    private static ClaimCase claimCase(ResultSet rows) throws SQLException {
        return new ClaimCase(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                CaseStatus.valueOf(rows.getString(5)), instant(rows, 6), instant(rows, 7), rows.getString(8),
                rows.getLong(9));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
