package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.SharedDocument;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * pgvector columns beside {@code chunks.embedding real[]}, used only when the {@code vector} extension is installed
 * in the team database: one column {@code embedding_v<dim>} of type {@code vector(<dim>)} per embedding size, with an
 * HNSW index for cosine distance, made (and filled from the existing {@code real[]} values) the first time a document
 * of that size is pushed. Without pgvector nothing is written but {@code real[]}. Thread-safe.
 */
final class VectorColumns {
    static final VectorColumns NONE = new VectorColumns(false);

    private final boolean enabled;
    private final Set<Integer> ready = ConcurrentHashMap.newKeySet();

    VectorColumns(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    static String column(int dimension) {
        return "embedding_v" + dimension;
    }

    /** Copies the document's embeddings into the vector column of their size, inside the caller's transaction. */
    void write(Connection c, SharedDocument document) throws SQLException {
        if (!enabled || document.vectors().isEmpty()) {
            return;
        }
        int dimension = document.vectors().get(0).length;
        String column = column(dimension);
        try (Statement statement = c.createStatement()) {
            if (!ready.contains(dimension)) {
                statement.execute("ALTER TABLE chunks ADD COLUMN IF NOT EXISTS " + column + " vector(" + dimension
                        + ")");
                statement.execute("CREATE INDEX IF NOT EXISTS chunks_" + column + "_hnsw ON chunks USING hnsw ("
                        + column + " vector_cosine_ops)");
                statement.execute("UPDATE chunks SET " + column + " = embedding::vector(" + dimension + ") WHERE "
                        + column + " IS NULL AND cardinality(embedding) = " + dimension);
                ready.add(dimension);
            }
            try (var update = c.prepareStatement("UPDATE chunks SET " + column + " = embedding::vector(" + dimension
                    + ") WHERE document_sha256 = ?")) {
                update.setString(1, document.sha256());
                update.executeUpdate();
            }
        }
    }
}
