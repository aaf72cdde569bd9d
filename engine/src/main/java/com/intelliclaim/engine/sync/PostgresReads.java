package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.store.SharedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The selects of a pull: each kind past its cursor, oldest first, in pages. */
final class PostgresReads {
    private PostgresReads() {
    }

    /** Documents after {@code after}, each with its pages and chunks; {@code seqs} receives their sequence numbers. */
    static List<TeamDocument> documents(Connection c, long after, int limit, List<Long> seqs) throws SQLException {
        List<TeamDocument> documents = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT seq, sha256, name, media_type, size_bytes, added_at,"
                + " model_id, added_by, object_stored FROM documents WHERE seq > ? ORDER BY seq LIMIT ?")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                    String sha = rows.getString(2).trim();
                    List<ChunkDraft> chunks = new ArrayList<>();
                    List<float[]> vectors = new ArrayList<>();
                    chunks(c, sha, chunks, vectors);
                    SharedDocument doc = new SharedDocument(sha, rows.getString(3), rows.getString(4),
                            rows.getLong(5), instant(rows, 6), rows.getString(7), pages(c, sha), chunks, vectors);
                    documents.add(new TeamDocument(doc, rows.getString(8), rows.getBoolean(9)));
                }
            }
        }
        return documents;
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

    /** Decisions after {@code after}, without notes (notes are pulled on their own cursor). */
    static List<DecisionRecord> decisions(Connection c, long after, int limit, List<Long> seqs) throws SQLException {
        List<DecisionRecord> decisions = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT d.seq, d.id, d.query, d.decision, d.amount,"
                + " d.amount_up_to, d.currency, d.justification, d.confidence, d.citations::text, d.facts::text,"
                + " d.conditions::text, d.decided_by, d.versions::text, d.document_hashes::text,"
                + " d.audit_trail::text, d.created_at, d.analyst, d.supersedes, d.passages::text,"
                + " o.decision, o.reason, o.overridden_by, o.overridden_at"
                + " FROM decisions d LEFT JOIN overrides o ON o.decision_id = d.id"
                + " WHERE d.seq > ? ORDER BY d.seq LIMIT ?")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    seqs.add(rows.getLong(1));
                    decisions.add(decision(rows));
                }
            }
        }
        return decisions;
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
                TeamJson.read(rows.getString(20), TeamJson.CITATIONS, id, "passages"));
    }

    /**
     * Notes after {@code after}, stopping before the first note whose decision comes after {@code decisionsUpTo}:
     * a note is only pulled with or after its decision, so it always finds its decision locally.
     */
    static List<TeamNote> notes(Connection c, long after, long decisionsUpTo, int limit, List<Long> seqs)
            throws SQLException {
        List<TeamNote> notes = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT n.seq, n.decision_id, n.text, n.noted_by,"
                + " n.noted_at, d.seq FROM notes n JOIN decisions d ON d.id = n.decision_id"
                + " WHERE n.seq > ? ORDER BY n.seq LIMIT ?")) {
            select.setLong(1, after);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next() && rows.getLong(6) <= decisionsUpTo) {
                    seqs.add(rows.getLong(1));
                    notes.add(new TeamNote(rows.getString(2),
                            new DecisionNote(rows.getString(3), rows.getString(4), instant(rows, 5))));
                }
            }
        }
        return notes;
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
