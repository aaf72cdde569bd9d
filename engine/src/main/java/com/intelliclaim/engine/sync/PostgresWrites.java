package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.store.DecisionColumns;
import com.intelliclaim.engine.store.SharedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The upserts of a push, each on its natural key, inside the caller's transaction. New documents, decisions and notes
 * are entered in the change log by the server's triggers; a document added again after its removal and a removal
 * are entered here. A document or decision that is
 * there already is left as it is (records are immutable; only a document's "object stored" flag can turn true).
 */
final class PostgresWrites {
    private PostgresWrites() {
    }

    /** Returns true when the document was new (then its pages and chunks are written too). */
    static boolean document(Connection c, TeamDocument team, VectorColumns vectors) throws SQLException {
        SharedDocument d = team.document();
        if (clearTombstone(c, d)) {
            ChangeLog.append(c, ChangeLog.DOCUMENT, d.sha256());
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO documents (sha256, name, media_type,"
                + " size_bytes, page_count, chunk_count, model_id, object_stored, added_by, added_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE"
                + " SET object_stored = documents.object_stored OR EXCLUDED.object_stored"
                + " RETURNING (xmax = 0) AS inserted")) {
            insert.setString(1, d.sha256());
            insert.setString(2, d.name());
            insert.setString(3, d.mediaType());
            insert.setLong(4, d.sizeBytes());
            insert.setInt(5, d.pages().size());
            insert.setInt(6, d.chunks().size());
            insert.setString(7, d.modelId());
            insert.setBoolean(8, team.objectStored());
            insert.setString(9, team.addedBy());
            insert.setObject(10, utc(d.ingestedAt()));
            try (var rows = insert.executeQuery()) {
                rows.next();
                if (!rows.getBoolean(1)) {
                    return false;
                }
            }
        }
        pages(c, d);
        chunks(c, d);
        vectors.write(c, d);
        return true;
    }

    /** A document added again after it was removed: true when its tombstone was older and is gone now. */
    private static boolean clearTombstone(Connection c, SharedDocument d) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE documents SET removed_at = NULL,"
                + " removed_by = NULL WHERE sha256 = ? AND removed_at IS NOT NULL AND removed_at < ?")) {
            update.setString(1, d.sha256());
            update.setObject(2, utc(d.ingestedAt()));
            return update.executeUpdate() > 0;
        }
    }

    /**
     * Records a removal as the document's tombstone (the row, its passages and its S3 object stay: other analysts'
     * cases and decisions may cite it). True when it was recorded: the document is there, not removed already, and
     * was not added again after the removal.
     */
    static boolean removal(Connection c, TeamRemoval removal) throws SQLException {
        try (PreparedStatement update = c.prepareStatement("UPDATE documents SET removed_at = ?, removed_by = ?"
                + " WHERE sha256 = ? AND removed_at IS NULL AND added_at <= ?")) {
            update.setObject(1, utc(removal.removedAt()));
            update.setString(2, removal.removedBy());
            update.setString(3, removal.sha256());
            update.setObject(4, utc(removal.removedAt()));
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        ChangeLog.append(c, ChangeLog.DOCUMENT_REMOVED, removal.sha256());
        return true;
    }

    private static void pages(Connection c, SharedDocument d) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO document_pages (document_sha256, number, text) VALUES (?, ?, ?)")) {
            for (PageText page : d.pages()) {
                insert.setString(1, d.sha256());
                insert.setInt(2, page.number());
                insert.setString(3, page.text());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void chunks(Connection c, SharedDocument d) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO chunks (document_sha256, ordinal, text, page,"
                + " page_end, clause, heading, start_offset, end_offset, embedding)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < d.chunks().size(); i++) {
                ChunkDraft chunk = d.chunks().get(i);
                insert.setString(1, d.sha256());
                insert.setInt(2, chunk.ordinal());
                insert.setString(3, chunk.text());
                insert.setInt(4, chunk.page());
                insert.setInt(5, chunk.pageEnd());
                insert.setString(6, chunk.clause());
                insert.setString(7, chunk.heading());
                insert.setInt(8, chunk.startOffset());
                insert.setInt(9, chunk.endOffset());
                insert.setArray(10, c.createArrayOf("float4", boxed(d.vectors().get(i))));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static Float[] boxed(float[] vector) {
        Float[] boxed = new Float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            boxed[i] = vector[i];
        }
        return boxed;
    }

    /** Returns true when the decision was new. Its notes are written as notes. */
    static boolean decision(Connection c, DecisionRecord r, String pushedBy) throws SQLException {
        int inserted;
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO decisions (" + DecisionColumns.NAMES
                + ", pushed_by) VALUES (" + DecisionColumns.placeholders("CAST(? AS jsonb)") + ", ?)"
                + " ON CONFLICT (id) DO NOTHING")) {
            DecisionColumns.bind(insert, r, PostgresWrites::utc);
            insert.setString(DecisionColumns.COUNT + 1, pushedBy);
            inserted = insert.executeUpdate();
        }
        if (inserted > 0 && r.override() != null) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO overrides (decision_id, supersedes,"
                    + " decision, reason, overridden_by, overridden_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, r.id());
                insert.setString(2, r.supersedes());
                insert.setString(3, r.override().decision().name());
                insert.setString(4, r.override().reason());
                insert.setString(5, r.override().by());
                insert.setObject(6, utc(r.override().at()));
                insert.executeUpdate();
            }
        }
        for (var note : r.notes()) {
            note(c, new TeamNote(r.id(), note));
        }
        return inserted > 0;
    }

    /** Returns true when the note was new. */
    static boolean note(Connection c, TeamNote note) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO notes (note_key, decision_id, text, noted_by,"
                + " noted_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (note_key) DO NOTHING")) {
            insert.setString(1, note.key());
            insert.setString(2, note.decisionId());
            insert.setString(3, note.note().text());
            insert.setString(4, note.note().by());
            insert.setObject(5, utc(note.note().at()));
            return insert.executeUpdate() > 0;
        }
    }

    /** PostgreSQL keeps microseconds and rounds the rest; truncating here makes the stored time predictable. */
    static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
