package com.intelliclaim.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the sync outbox and the sync state (migration V7); each method runs in the caller's transaction. */
final class OutboxRows {
    private OutboxRows() {
    }

    /** Records a change; called inside the transaction that makes the change, so both commit or neither. */
    static void record(Connection connection, ChangeKind kind, String ref) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO sync_outbox (kind, ref, recorded_at) VALUES (?, ?, ?)")) {
            insert.setString(1, kind.name());
            insert.setString(2, ref);
            insert.setObject(3, Instant.now().atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
        }
    }

    static List<OutboxEntry> oldest(Connection connection, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT seq, kind, ref, recorded_at, attempts,"
                + " last_error FROM sync_outbox ORDER BY seq LIMIT ?")) {
            select.setInt(1, limit);
            List<OutboxEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new OutboxEntry(rows.getLong(1), ChangeKind.valueOf(rows.getString(2)),
                            rows.getString(3), rows.getObject(4, OffsetDateTime.class).toInstant(), rows.getInt(5),
                            rows.getString(6)));
                }
            }
            return entries;
        }
    }

    static long count(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM sync_outbox");
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Waiting changes by kind, in the order of {@link ChangeKind}; kinds with none are left out. */
    static java.util.Map<ChangeKind, Long> countByKind(Connection connection) throws SQLException {
        java.util.Map<ChangeKind, Long> counts = new java.util.EnumMap<>(ChangeKind.class);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT kind, COUNT(*) FROM sync_outbox GROUP BY kind");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                counts.put(ChangeKind.valueOf(rows.getString(1)), rows.getLong(2));
            }
        }
        return counts;
    }

    static int delete(Connection connection, Collection<Long> seqs) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM sync_outbox WHERE seq = ANY(?)")) {
            delete.setObject(1, seqs.toArray(new Long[0]));
            return delete.executeUpdate();
        }
    }

    static void failed(Connection connection, Collection<Long> seqs, String error) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE sync_outbox SET attempts = attempts + 1,"
                + " last_error = ? WHERE seq = ANY(?)")) {
            update.setString(1, error);
            update.setObject(2, seqs.toArray(new Long[0]));
            update.executeUpdate();
        }
    }

    static Optional<String> state(Connection connection, String key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT state_value FROM sync_state WHERE state_key = ?")) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    static void setState(Connection connection, String key, String value) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO sync_state (state_key, state_value) KEY (state_key) VALUES (?, ?)")) {
            merge.setString(1, key);
            merge.setString(2, value);
            merge.executeUpdate();
        }
    }
}
