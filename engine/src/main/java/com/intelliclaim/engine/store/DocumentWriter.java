package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The SQL of the writes, each run inside the caller's transaction. Rows go in as JDBC batches. */
final class DocumentWriter {
    private DocumentWriter() {
    }

    static StoredDocument insert(Connection connection, NewDocument document, List<PageText> pages,
            List<ChunkDraft> chunks, List<float[]> vectors) throws SQLException {
        // TIMESTAMP WITH TIME ZONE keeps microseconds: truncate so the returned value equals the stored one.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long id = insertDocument(connection, document, pages.size(), chunks.size(), now);
        insertPages(connection, id, pages);
        List<Long> chunkIds = insertChunks(connection, id, chunks);
        insertVectors(connection, chunkIds, vectors);
        List<Integer> lowConfidence = pages.stream().filter(PageText::lowConfidence).map(PageText::number).toList();
        DocumentInfo info = new DocumentInfo(id, document.sha256(), document.name(), document.mediaType(),
                document.sizeBytes(), pages.size(), chunks.size(), now, document.parentSha256(), lowConfidence);
        return new StoredDocument(info, chunkIds);
    }

    private static long insertDocument(Connection connection, NewDocument document, int pageCount, int chunkCount,
            Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO documents (sha256, name,"
                + " media_type, size_bytes, page_count, chunk_count, ingested_at, parent_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, document.sha256());
            insert.setString(2, document.name());
            insert.setString(3, document.mediaType());
            insert.setLong(4, document.sizeBytes());
            insert.setInt(5, pageCount);
            insert.setInt(6, chunkCount);
            insert.setObject(7, now.atOffset(ZoneOffset.UTC));
            setNullable(insert, 8, document.parentSha256());
            insert.executeUpdate();
            return generatedIds(insert).get(0);
        }
    }

    private static void insertPages(Connection connection, long documentId, List<PageText> pages)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pages (document_id, number, text, ocr_confidence) VALUES (?, ?, ?, ?)")) {
            for (PageText page : pages) {
                insert.setLong(1, documentId);
                insert.setInt(2, page.number());
                insert.setString(3, page.text());
                if (page.isOcr()) {
                    insert.setFloat(4, (float) page.ocrConfidence().getAsDouble());
                } else {
                    insert.setNull(4, Types.REAL);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<Long> insertChunks(Connection connection, long documentId, List<ChunkDraft> chunks)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO chunks (document_id, ordinal, text,"
                + " page, page_end, clause, heading, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                new String[] {"ID"})) {
            for (ChunkDraft chunk : chunks) {
                insert.setLong(1, documentId);
                insert.setInt(2, chunk.ordinal());
                insert.setString(3, chunk.text());
                insert.setInt(4, chunk.page());
                insert.setInt(5, chunk.pageEnd());
                setNullable(insert, 6, chunk.clause());
                setNullable(insert, 7, chunk.heading());
                insert.setInt(8, chunk.startOffset());
                insert.setInt(9, chunk.endOffset());
                insert.addBatch();
            }
            insert.executeBatch();
            List<Long> ids = generatedIds(insert);
            if (ids.size() != chunks.size()) {
                throw new SQLException("expected " + chunks.size() + " chunk ids, the database returned "
                        + ids.size());
            }
            return ids;
        }
    }

    private static void insertVectors(Connection connection, List<Long> chunkIds, List<float[]> vectors)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO embeddings (chunk_id, vector) VALUES (?, ?)")) {
            for (int i = 0; i < chunkIds.size(); i++) {
                insert.setLong(1, chunkIds.get(i));
                insert.setBytes(2, Vectors.toBytes(vectors.get(i)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Overwrites the vectors of these chunks, in the same order. */
    static void replaceVectors(Connection connection, List<Long> chunkIds, List<float[]> vectors)
            throws SQLException {
        try (PreparedStatement merge = connection.prepareStatement(
                "MERGE INTO embeddings (chunk_id, vector) KEY (chunk_id) VALUES (?, ?)")) {
            for (int i = 0; i < chunkIds.size(); i++) {
                merge.setLong(1, chunkIds.get(i));
                merge.setBytes(2, Vectors.toBytes(vectors.get(i)));
                merge.addBatch();
            }
            merge.executeBatch();
        }
    }

    /** Deletes a document; its pages, chunks and vectors go with it through ON DELETE CASCADE. */
    static boolean delete(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM documents WHERE id = ?")) {
            delete.setLong(1, documentId);
            return delete.executeUpdate() > 0;
        }
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static List<Long> generatedIds(Statement statement) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet keys = statement.getGeneratedKeys()) {
            while (keys.next()) {
                ids.add(keys.getLong(1));
            }
        }
        return ids;
    }
}
