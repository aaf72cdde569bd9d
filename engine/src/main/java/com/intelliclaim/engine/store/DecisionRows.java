package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The SQL of the decision history: inserts and selects only (the tables are append-only). Each method runs on the
 * connection it is given and holds no state.
 */
final class DecisionRows {
    /** The columns both databases have, then the local one's own: the override (the team database has a table). */
    private static final String COLUMNS = DecisionColumns.NAMES + ", override";
    private static final int OVERRIDE = DecisionColumns.COUNT + 1;

    private DecisionRows() {
    }

    static boolean exists(Connection connection, String id) throws SQLException {
        return firstString(connection, "SELECT id FROM decisions WHERE id = ?", id).isPresent();
    }

    /** The id of the record that overrides {@code id}, if one does. */
    static Optional<String> overriddenBy(Connection connection, String id) throws SQLException {
        return firstString(connection, "SELECT id FROM decisions WHERE supersedes = ?", id);
    }

    static void insert(Connection connection, DecisionRecord r) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO decisions (" + COLUMNS
                + ") VALUES (" + DecisionColumns.placeholders("?") + ", ?)")) {
            DecisionColumns.bind(insert, r, DecisionRows::utc);
            if (r.override() == null) {
                insert.setNull(OVERRIDE, Types.VARCHAR);
            } else {
                insert.setString(OVERRIDE, DecisionJson.write(r.override()));
            }
            insert.executeUpdate();
        }
    }

    static void insertNote(Connection connection, String id, DecisionNote note) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO decision_notes (decision_id, text, noted_by, noted_at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, note.text());
            insert.setString(3, note.by());
            insert.setObject(4, utc(note.at()));
            insert.executeUpdate();
        }
    }

    static Optional<DecisionRecord> find(Connection connection, String id) throws SQLException {
        List<DecisionRecord> found = select(connection, "SELECT " + COLUMNS + " FROM decisions WHERE id = ?",
                statement -> statement.setString(1, id));
        return found.stream().findFirst();
    }

    static List<DecisionRecord> newest(Connection connection, int limit) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM decisions ORDER BY created_at DESC, seq DESC LIMIT ?",
                statement -> statement.setInt(1, limit));
    }

    /** The decisions made in a case, newest first. */
    static List<DecisionRecord> ofCase(Connection connection, String caseId) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM decisions WHERE case_id = ?"
                + " ORDER BY created_at DESC, seq DESC", statement -> statement.setString(1, caseId));
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<DecisionRecord> select(Connection connection, String sql, Binder binder) throws SQLException {
        List<DecisionRecord> records = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            binder.bind(select);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    records.add(record(rows, List.of()));
                }
            }
        }
        if (records.isEmpty()) {
            return records;
        }
        Map<String, List<DecisionNote>> notes = notes(connection, records.stream().map(DecisionRecord::id).toList());
        return records.stream().map(r -> r.withNotes(notes.getOrDefault(r.id(), List.of()))).toList();
    }

    private static Map<String, List<DecisionNote>> notes(Connection connection, List<String> ids) throws SQLException {
        Map<String, List<DecisionNote>> notes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT decision_id, text, noted_by, noted_at"
                + " FROM decision_notes WHERE decision_id = ANY(?) ORDER BY seq")) {
            select.setObject(1, ids.toArray(new String[0]));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    notes.computeIfAbsent(rows.getString(1), id -> new ArrayList<>()).add(new DecisionNote(
                            rows.getString(2), rows.getString(3), instant(rows, 4)));
                }
            }
        }
        return notes;
    }

    private static DecisionRecord record(ResultSet rows, List<DecisionNote> notes) throws SQLException {
        String id = rows.getString("id");
        return new DecisionRecord(
                id,
                rows.getString("query"),
                Outcome.valueOf(rows.getString("decision")),
                Amounts.canonical(rows.getBigDecimal("amount")),
                rows.getBoolean("amount_up_to"),
                rows.getString("currency"),
                rows.getString("justification"),
                rows.getDouble("confidence"),
                DecisionJson.read(rows.getString("citations"), DecisionJson.CITATIONS, id, "citations"),
                DecisionJson.read(rows.getString("facts"), ClaimFacts.class, id, "facts"),
                DecisionJson.read(rows.getString("conditions"), DecisionJson.STRINGS, id, "conditions"),
                rows.getString("decided_by"),
                DecisionJson.read(rows.getString("versions"), DecisionVersions.class, id, "versions"),
                DecisionJson.read(rows.getString("document_hashes"), DecisionJson.STRINGS, id, "document hashes"),
                DecisionJson.read(rows.getString("audit_trail"), DecisionJson.AUDIT_TRAIL, id, "audit trail"),
                instant(rows, rows.findColumn("created_at")),
                rows.getString("analyst"),
                DecisionJson.read(rows.getString("override"), DecisionOverride.class, id, "override"),
                rows.getString("supersedes"),
                notes,
                DecisionJson.read(rows.getString("passages"), DecisionJson.CITATIONS, id, "passages"),
                rows.getString("case_id"));
    }

    private static Optional<String> firstString(Connection connection, String sql, String parameter)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }
}
