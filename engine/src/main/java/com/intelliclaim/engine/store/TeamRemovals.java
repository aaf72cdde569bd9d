package com.intelliclaim.engine.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The rule for a teammate's removal of a document: the local copy goes only when it came from the team (one ingested
 * here is the analyst's own), no case here has it attached and no decision here cites it.
 */
final class TeamRemovals {
    private TeamRemovals() {
    }

    static boolean removable(Connection c, String sha256) throws SQLException {
        return exists(c, "SELECT 1 FROM documents WHERE sha256 = ? AND received_from IS NOT NULL", sha256)
                && !exists(c, "SELECT 1 FROM case_documents WHERE document_sha256 = ?", sha256)
                && !exists(c, "SELECT 1 FROM decisions WHERE POSITION(? IN document_hashes) > 0", sha256);
    }

    private static boolean exists(Connection c, String sql, String sha256) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql)) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }
}
