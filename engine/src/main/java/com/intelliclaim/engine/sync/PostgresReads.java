package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.store.CaseVersionNote;
import com.intelliclaim.engine.store.SharedCase;
import com.intelliclaim.engine.store.SharedCaseLink;
import com.intelliclaim.engine.store.SharedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The selects of a pull: each record by its natural key, as it is now. */
final class PostgresReads {
    private PostgresReads() {
    }

    /** The document with these bytes, with its pages and chunks; empty when it is not there or was removed. */
    static Optional<TeamDocument> document(Connection c, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT sha256, name, media_type, size_bytes, added_at,"
                + " model_id, added_by, object_stored FROM documents WHERE sha256 = ? AND removed_at IS NULL")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                String sha = rows.getString(1).trim();
                List<ChunkDraft> chunks = new ArrayList<>();
                List<float[]> vectors = new ArrayList<>();
                chunks(c, sha, chunks, vectors);
                SharedDocument doc = new SharedDocument(sha, rows.getString(2), rows.getString(3),
                        rows.getLong(4), instant(rows, 5), rows.getString(6), pages(c, sha), chunks, vectors);
                return Optional.of(new TeamDocument(doc, rows.getString(7), rows.getBoolean(8)));
            }
        }
    }

    /** The tombstone of a removed document; empty when it is not removed (or was added again). */
    static Optional<TeamRemoval> removal(Connection c, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT removed_by, removed_at FROM documents"
                + " WHERE sha256 = ? AND removed_at IS NOT NULL")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new TeamRemoval(sha256, rows.getString(1), instant(rows, 2)))
                        : Optional.empty();
            }
        }
    }

    private static List<PageText> pages(Connection c, String sha) throws SQLException {
        List<PageText> pages = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT number, text FROM document_pages WHERE document_sha256 = ? ORDER BY number")) {
            select.setString(1, sha);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    pages.add(new PageText(rows.getInt(1), rows.getString(2)));
                }
            }
        }
        return pages;
    }

    private static void chunks(Connection c, String sha, List<ChunkDraft> chunks, List<float[]> vectors)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT ordinal, text, page, page_end, clause, heading,"
                + " start_offset, end_offset, embedding FROM chunks WHERE document_sha256 = ? ORDER BY ordinal")) {
            select.setString(1, sha);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunks.add(new ChunkDraft(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                            rows.getString(5), rows.getString(6), rows.getInt(7), rows.getInt(8)));
                    Float[] boxed = (Float[]) rows.getArray(9).getArray();
                    float[] vector = new float[boxed.length];
                    for (int i = 0; i < boxed.length; i++) {
                        vector[i] = boxed[i];
                    }
                    vectors.add(vector);
                }
            }
        }
    }

    /** The decision with this id, with its override and without notes (notes travel on their own). */
    static Optional<DecisionRecord> decision(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT d.seq, d.id, d.query, d.decision, d.amount,"
                + " d.amount_up_to, d.currency, d.justification, d.confidence, d.citations::text, d.facts::text,"
                + " d.conditions::text, d.decided_by, d.versions::text, d.document_hashes::text,"
                + " d.audit_trail::text, d.created_at, d.analyst, d.supersedes, d.passages::text,"
                + " o.decision, o.reason, o.overridden_by, o.overridden_at, d.case_id"
                + " FROM decisions d LEFT JOIN overrides o ON o.decision_id = d.id WHERE d.id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(decision(rows)) : Optional.empty();
            }
        }
    }

    private static DecisionRecord decision(ResultSet rows) throws SQLException {
        String id = rows.getString(2);
        DecisionOverride override = rows.getString(21) == null ? null : new DecisionOverride(
                Outcome.valueOf(rows.getString(21)), rows.getString(22), rows.getString(23), instant(rows, 24));
        return new DecisionRecord(id, rows.getString(3), Outcome.valueOf(rows.getString(4)), rows.getBigDecimal(5),
                rows.getBoolean(6), rows.getString(7), rows.getString(8), rows.getDouble(9),
                TeamJson.read(rows.getString(10), TeamJson.CITATIONS, id, "citations"),
                TeamJson.read(rows.getString(11), ClaimFacts.class, id, "facts"),
                TeamJson.read(rows.getString(12), TeamJson.STRINGS, id, "conditions"),
                rows.getString(13),
                TeamJson.read(rows.getString(14), DecisionVersions.class, id, "versions"),
                TeamJson.read(rows.getString(15), TeamJson.STRINGS, id, "document hashes"),
                TeamJson.read(rows.getString(16), TeamJson.AUDIT_TRAIL, id, "audit trail"),
                instant(rows, 17), rows.getString(18), override, rows.getString(19), List.of(),
                TeamJson.read(rows.getString(20), TeamJson.CITATIONS, id, "passages"), rows.getString(25));
    }

    /** The note with this key. */
    static Optional<TeamNote> note(Connection c, String key) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT decision_id, text, noted_by, noted_at FROM notes WHERE note_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new TeamNote(rows.getString(1),
                        new DecisionNote(rows.getString(2), rows.getString(3), instant(rows, 4)))) : Optional.empty();
            }
        }
    }

    /** The current version of a case; {@code lock} takes its row for the rest of the transaction. */
    static Optional<ClaimCase> caseRow(Connection c, String id, boolean lock) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT id, claim_number, claimant, policy_number, status,"
                + " created_at, updated_at, updated_by, version FROM cases WHERE id = ?" + (lock ? " FOR UPDATE" : ""))) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(claimCase(rows, instant(rows, 6))) : Optional.empty();
            }
        }
    }

    /** A case with who created it, its history, its versions' change notes and who pushed its current version. */
    static Optional<TeamCase> teamCase(Connection c, String id) throws SQLException {
        Optional<ClaimCase> current = caseRow(c, id, false);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        String createdBy;
        String pushedBy;
        List<CaseVersionNote> notes = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT created_by, pushed_by, change_note FROM cases"
                + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                createdBy = rows.getString(1);
                pushedBy = rows.getString(2);
                note(notes, current.get(), rows.getString(3));
            }
        }
        List<ClaimCase> history = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT case_id, claim_number, claimant, policy_number,"
                + " status, updated_at, updated_at, updated_by, version, change_note FROM case_history"
                + " WHERE case_id = ? ORDER BY version, updated_at, updated_by")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ClaimCase version = claimCase(rows, current.get().createdAt());
                    history.add(version);
                    note(notes, version, rows.getString(10));
                }
            }
        }
        return Optional.of(new TeamCase(new SharedCase(current.get(), createdBy, history, notes), pushedBy));
    }

    private static void note(List<CaseVersionNote> notes, ClaimCase version, String note) {
        if (note != null) {
            notes.add(new CaseVersionNote(version, note));
        }
    }

    /** The change note of a case's current version; null when it has none (or the case is not there). */
    static String changeNote(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT change_note FROM cases WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        }
    }

    private static ClaimCase claimCase(ResultSet rows, Instant createdAt) throws SQLException {
        return new ClaimCase(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                CaseStatus.valueOf(rows.getString(5)), createdAt, instant(rows, 7), rows.getString(8),
                rows.getLong(9));
    }

    /** A document's link to a case, attached or detached; empty when never pushed. */
    static Optional<SharedCaseLink> link(Connection c, String caseId, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT document_name, attached, changed_at, changed_by"
                + " FROM case_documents WHERE case_id = ? AND document_sha256 = ?")) {
            select.setString(1, caseId);
            select.setString(2, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new SharedCaseLink(caseId, sha256, rows.getString(1),
                        rows.getBoolean(2), instant(rows, 3), rows.getString(4))) : Optional.empty();
            }
        }
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
