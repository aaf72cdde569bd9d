package com.intelliclaim.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Teammates' removals of documents that a case or decision here still needs, kept in {@code team_removal_kept} until
 * they can apply. Each method runs inside the caller's transaction and holds no state.
 */
final class KeptRemovals {
    private KeptRemovals() {
    }

    /**
     * Keeps a removal that cannot apply because something here needs the team's document; a removal of a document
     * that is not here or is this folder's own (ingested here) is not kept, and one kept before is forgotten.
     * Returns whether it is kept. A removal kept already keeps the time it was first kept.
     */
    static boolean keepIfNeeded(Connection c, String sha256, String removedBy, Instant removedAt)
            throws SQLException {
        boolean teams = exists(c, "SELECT 1 FROM documents WHERE sha256 = ? AND received_from IS NOT NULL", sha256);
        if (!teams || TeamRemovals.removable(c, sha256)) {
            forget(c, sha256);
            return false;
        }
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO team_removal_kept t USING (VALUES"
                + " (CAST(? AS CHAR(64)), CAST(? AS VARCHAR(255)), CAST(? AS TIMESTAMP(9) WITH TIME ZONE)))"
                + " s(sha, removed_by, removed_at) ON t.document_sha256 = s.sha"
                + " WHEN MATCHED THEN UPDATE SET removed_by = s.removed_by, removed_at = s.removed_at"
                + " WHEN NOT MATCHED THEN INSERT VALUES (s.sha, s.removed_by, s.removed_at, ?)")) {
            merge.setString(1, sha256);
            merge.setString(2, removedBy);
            merge.setObject(3, utc(removedAt));
            merge.setObject(4, utc(Instant.now()));
            merge.executeUpdate();
        }
        return true;
    }

    /** Drops a kept removal (it applied, or no longer should: the team added the document again). */
    static void forget(Connection c, String sha256) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM team_removal_kept WHERE document_sha256 = ?")) {
            delete.setString(1, sha256);
            delete.executeUpdate();
        }
    }

    /** The kept removals, oldest first, with the document's name here (its SHA-256 when it is gone). */
    static List<KeptRemoval> all(Connection c) throws SQLException {
        List<KeptRemoval> kept = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT k.document_sha256, d.name, k.removed_by,"
                + " k.removed_at, k.kept_since FROM team_removal_kept k LEFT JOIN documents d"
                + " ON d.sha256 = k.document_sha256 ORDER BY k.kept_since, k.document_sha256");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                String sha = rows.getString(1).trim();
                kept.add(new KeptRemoval(sha, rows.getString(2) == null ? sha : rows.getString(2), rows.getString(3),
                        rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return kept;
    }

    private static boolean exists(Connection c, String sql, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
