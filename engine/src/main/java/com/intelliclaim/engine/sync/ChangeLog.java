package com.intelliclaim.engine.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The team database's change log (PostgreSQL migration V2): every write of a push appends an entry in its own
 * transaction (new documents, decisions and notes by the server's triggers, so analysts on an older IntelliClaim are
 * logged too; cases, links and removals by the app), tagged with that transaction's id ({@code xid8}). A pull reads entries in (txid, seq) order and only
 * from transactions older than the oldest one still running ({@code pg_snapshot_xmin(pg_current_snapshot())}): all
 * of those have ended, and every later transaction gets a larger id, so no entry can appear behind the cursor later.
 * A cursor on a sequence number alone would skip a row whose transaction drew a lower number but committed after a
 * higher one was pulled. The price: a transaction left open on the server holds back everyone's pull until it ends.
 */
final class ChangeLog {
    static final String DOCUMENT = "DOCUMENT";
    static final String DECISION = "DECISION";
    static final String NOTE = "NOTE";
    static final String CASE = "CASE";
    static final String CASE_DOCUMENT = "CASE_DOCUMENT";
    static final String DOCUMENT_REMOVED = "DOCUMENT_REMOVED";

    /** One entry of the log. */
    record Entry(long txid, long seq, String kind, String ref) {
        SyncCursor position() {
            return new SyncCursor(txid, seq);
        }
    }

    private ChangeLog() {
    }

    static void append(Connection c, String kind, String ref) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO changes (kind, ref) VALUES (?, ?)")) {
            insert.setString(1, kind);
            insert.setString(2, ref);
            insert.executeUpdate();
        }
    }

    /** At most {@code limit} entries after {@code after}, from ended transactions only, in log order. */
    static List<Entry> after(Connection c, SyncCursor after, int limit) throws SQLException {
        List<Entry> entries = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT txid::text, seq, kind, ref FROM changes"
                + " WHERE (txid, seq) > (CAST(CAST(? AS text) AS xid8), ?)"
                + " AND txid < pg_snapshot_xmin(pg_current_snapshot()) ORDER BY txid, seq LIMIT ?")) {
            select.setString(1, Long.toString(after.txid()));
            select.setLong(2, after.seq());
            select.setInt(3, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(new Entry(Long.parseLong(rows.getString(1)), rows.getLong(2), rows.getString(3),
                            rows.getString(4)));
                }
            }
        }
        return entries;
    }
}
