package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.SharedDocument;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * pgvector columns beside {@code chunks.embedding real[]}, used only when the {@code vector} extension is installed
 * in the team database: one column {@code embedding_v<dim>} of type {@code vector(<dim>)} per embedding size, with an
 * HNSW index for cosine distance (IVFFlat on pgvector before 0.5), made (and filled from the existing {@code real[]}
 * values) the first time a document of that size is pushed. Without pgvector nothing is written but {@code real[]}.
 * Thread-safe. Not tested against a server with pgvector (none could be installed where this was built).
 */
final class VectorColumns {
    private static final Logger LOG = LoggerFactory.getLogger(VectorColumns.class);

    private final boolean enabled;
    private volatile boolean off;

    VectorColumns(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    static String column(int dimension) {
        return "embedding_v" + dimension;
    }

    /**
     * Copies the document's embeddings into the vector column of their size, inside the caller's transaction. The
     * column and index are made under a savepoint: if pgvector refuses (an old version without HNSW falls back to
     * IVFFlat; anything else turns vectors off for this backend), the push goes on with {@code real[]} alone.
     */
    void write(Connection c, SharedDocument document) throws SQLException {
        if (!enabled || off || document.vectors().isEmpty()) {
            return;
        }
        int dimension = document.vectors().get(0).length;
        if (!exists(c, column(dimension)) && !prepare(c, dimension)) {
            return;
        }
        String column = column(dimension);
        try (PreparedStatement update = c.prepareStatement("UPDATE chunks SET " + column + " = embedding::vector("
                + dimension + ") WHERE document_sha256 = ?")) {
            update.setString(1, document.sha256());
            update.executeUpdate();
        }
    }

    /** Looked up at each push (no lock taken): a column made by a push that rolled back is not there. */
    private static boolean exists(Connection c, String column) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT 1 FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = 'chunks' AND column_name = ?")) {
            select.setString(1, column);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private boolean prepare(Connection c, int dimension) throws SQLException {
        String column = column(dimension);
        Savepoint before = c.setSavepoint();
        try (Statement statement = c.createStatement()) {
            statement.execute("ALTER TABLE chunks ADD COLUMN IF NOT EXISTS " + column + " vector(" + dimension + ")");
            index(c, statement, column);
            statement.execute("UPDATE chunks SET " + column + " = embedding::vector(" + dimension + ") WHERE "
                    + column + " IS NULL AND cardinality(embedding) = " + dimension);
            c.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            c.rollback(before);
            off = true;
            LOG.warn("pgvector refused the column {} ({}); embeddings stay real[] only", column, e.getMessage());
            return false;
        }
    }

    /** HNSW (pgvector 0.5 and later), else IVFFlat. */
    private static void index(Connection c, Statement statement, String column) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            statement.execute("CREATE INDEX IF NOT EXISTS chunks_" + column + "_hnsw ON chunks USING hnsw (" + column
                    + " vector_cosine_ops)");
            c.releaseSavepoint(before);
        } catch (SQLException e) {
            c.rollback(before);
            statement.execute("CREATE INDEX IF NOT EXISTS chunks_" + column + "_ivfflat ON chunks USING ivfflat ("
                    + column + " vector_cosine_ops)");
        }
    }
}
