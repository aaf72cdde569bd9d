package com.intelliclaim.engine.store;

import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The index_meta table: the revision counter and the embedding model of the stored vectors. */
final class IndexMeta {
    static final String REVISION = "revision";
    static final String MODEL_ID = "model.id";
    static final String MODEL_DIMENSION = "model.dimension";
    static final String MODEL_MAX_TOKENS = "model.maxTokens";

    private IndexMeta() {
    }

    static long revision(Connection connection) throws SQLException {
        return Long.parseLong(all(connection).getOrDefault(REVISION, "0"));
    }

    /** Adds one to the revision inside the caller's transaction and returns the new value. */
    static long bumpRevision(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE index_meta"
                + " SET meta_value = CAST(CAST(meta_value AS BIGINT) + 1 AS VARCHAR) WHERE meta_key = ?")) {
            update.setString(1, REVISION);
            update.executeUpdate();
        }
        return revision(connection);
    }

    static Optional<EmbeddingModelInfo> model(Connection connection) throws SQLException {
        Map<String, String> meta = all(connection);
        if (!meta.containsKey(MODEL_ID)) {
            return Optional.empty();
        }
        return Optional.of(new EmbeddingModelInfo(meta.get(MODEL_ID), Integer.parseInt(meta.get(MODEL_DIMENSION)),
                Integer.parseInt(meta.get(MODEL_MAX_TOKENS))));
    }

    static void setModel(Connection connection, EmbeddingModelInfo model) throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO index_meta (meta_key, meta_value) KEY (meta_key) VALUES (?, ?)")) {
            put(merge, MODEL_ID, model.id());
            put(merge, MODEL_DIMENSION, Integer.toString(model.dimension()));
            put(merge, MODEL_MAX_TOKENS, Integer.toString(model.maxTokens()));
            merge.executeBatch();
        }
    }

    private static void put(PreparedStatement merge, String key, String value) throws SQLException {
        merge.setString(1, key);
        merge.setString(2, value);
        merge.addBatch();
    }

    private static Map<String, String> all(Connection connection) throws SQLException {
        Map<String, String> meta = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT meta_key, meta_value FROM index_meta");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                meta.put(rows.getString(1), rows.getString(2));
            }
        }
        return meta;
    }
}
