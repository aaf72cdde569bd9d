package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of the reads. Each method runs on the connection it is given and holds no state. */
final class StoreQueries {
    /** Ids per {@code = ANY(?)} look-up: large enough to be few round trips, small enough to keep arrays modest. */
    static final int ID_BATCH = 1000;
    /** Rows per page while streaming every chunk: bounds memory whatever the size of the store. */
    static final int STREAM_PAGE = 2000;

    private static final String DOCUMENT_COLUMNS =
            "id, sha256, name, media_type, size_bytes, page_count, chunk_count, ingested_at, parent_sha256";
    private static final String CHUNK_SELECT = "SELECT c.id, c.document_id, d.sha256, d.name, c.ordinal, c.text,"
            + " c.page, c.page_end, c.clause, c.heading, c.start_offset, c.end_offset";

    private StoreQueries() {
    }

    static List<DocumentInfo> documents(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS
                + " FROM documents ORDER BY ingested_at DESC, id DESC");
             ResultSet rows = select.executeQuery()) {
            List<DocumentInfo> documents = new ArrayList<>();
            while (rows.next()) {
                documents.add(document(rows));
            }
            return withLowConfidencePages(connection, documents);
        }
    }

    /** The documents with the numbers of their low-confidence OCR pages, read in one query for all of them. */
    private static List<DocumentInfo> withLowConfidencePages(Connection connection, List<DocumentInfo> documents)
            throws SQLException {
        Map<Long, List<Integer>> low = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT document_id, number FROM pages"
                + " WHERE ocr_confidence < ? ORDER BY document_id, number")) {
            select.setDouble(1, PageText.LOW_CONFIDENCE);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    low.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getInt(2));
                }
            }
        }
        if (low.isEmpty()) {
            return documents;
        }
        List<DocumentInfo> out = new ArrayList<>(documents.size());
        for (DocumentInfo d : documents) {
            out.add(low.containsKey(d.id()) ? withPages(d, low.get(d.id())) : d);
        }
        return out;
    }

    private static Optional<DocumentInfo> withLowConfidencePages(Connection connection, Optional<DocumentInfo> found)
            throws SQLException {
        if (found.isEmpty()) {
            return found;
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT number FROM pages"
                + " WHERE document_id = ? AND ocr_confidence < ? ORDER BY number")) {
            select.setLong(1, found.get().id());
            select.setDouble(2, PageText.LOW_CONFIDENCE);
            List<Integer> low = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    low.add(rows.getInt(1));
                }
            }
            return Optional.of(low.isEmpty() ? found.get() : withPages(found.get(), low));
        }
    }

    private static DocumentInfo withPages(DocumentInfo d, List<Integer> lowConfidencePages) {
        return new DocumentInfo(d.id(), d.sha256(), d.name(), d.mediaType(), d.sizeBytes(), d.pages(), d.chunks(),
                d.ingestedAt(), d.parentSha256(), lowConfidencePages);
    }

    static Optional<DocumentInfo> findBySha256(Connection connection, String sha256) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS
                + " FROM documents WHERE sha256 = ?")) {
            select.setString(1, sha256);
            try (ResultSet rows = select.executeQuery()) {
                return withLowConfidencePages(connection, rows.next() ? Optional.of(document(rows)) : Optional.empty());
            }
        }
    }

    static Optional<DocumentInfo> findById(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT " + DOCUMENT_COLUMNS
                + " FROM documents WHERE id = ?")) {
            select.setLong(1, documentId);
            try (ResultSet rows = select.executeQuery()) {
                return withLowConfidencePages(connection, rows.next() ? Optional.of(document(rows)) : Optional.empty());
            }
        }
    }

    static Map<Long, StoredChunk> chunks(Connection connection, Collection<Long> ids) throws SQLException {
        List<Long> all = new ArrayList<>(ids);
        Map<Long, StoredChunk> found = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(CHUNK_SELECT
                + " FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.id = ANY(?)")) {
            for (int from = 0; from < all.size(); from += ID_BATCH) {
                List<Long> batch = all.subList(from, Math.min(all.size(), from + ID_BATCH));
                select.setObject(1, batch.toArray(new Long[0]));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredChunk chunk = chunk(rows);
                        found.put(chunk.id(), chunk);
                    }
                }
            }
        }
        return found;
    }

    static List<StoredChunk> chunksOf(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CHUNK_SELECT
                + " FROM chunks c JOIN documents d ON d.id = c.document_id WHERE c.document_id = ?"
                + " ORDER BY c.ordinal, c.id")) {
            select.setLong(1, documentId);
            List<StoredChunk> chunks = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunks.add(chunk(rows));
                }
            }
            return chunks;
        }
    }

    static List<PageText> pages(Connection connection, long documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT number, text, ocr_confidence FROM pages WHERE document_id = ? ORDER BY number")) {
            select.setLong(1, documentId);
            List<PageText> pages = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    float confidence = rows.getFloat(3);
                    pages.add(rows.wasNull() ? new PageText(rows.getInt(1), rows.getString(2))
                            : PageText.ocr(rows.getInt(1), rows.getString(2), confidence));
                }
            }
            return pages;
        }
    }

    /**
     * Streams every chunk with its vector in id order, one page of rows at a time (keyset paging on the primary
     * key), so memory stays bounded. Run it in a snapshot transaction to see one consistent state.
     */
    static void forEachChunk(Connection connection, ChunkVisitor visitor) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(CHUNK_SELECT + ", e.vector"
                + " FROM chunks c JOIN documents d ON d.id = c.document_id JOIN embeddings e ON e.chunk_id = c.id"
                + " WHERE c.id > ? ORDER BY c.id LIMIT " + STREAM_PAGE)) {
            select.setFetchSize(STREAM_PAGE);
            long after = Long.MIN_VALUE;
            int seen;
            do {
                seen = 0;
                select.setLong(1, after);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        StoredChunk chunk = chunk(rows);
                        visitor.visit(chunk, Vectors.fromBytes(rows.getBytes(13)));
                        after = chunk.id();
                        seen++;
                    }
                }
            } while (seen == STREAM_PAGE);
        }
    }

    private static DocumentInfo document(ResultSet rows) throws SQLException {
        return new DocumentInfo(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getLong(5), rows.getInt(6), rows.getInt(7),
                rows.getObject(8, OffsetDateTime.class).toInstant(), rows.getString(9));
    }

    private static StoredChunk chunk(ResultSet rows) throws SQLException {
        return new StoredChunk(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4),
                rows.getInt(5), rows.getString(6), rows.getInt(7), rows.getInt(8), rows.getString(9),
                rows.getString(10), rows.getInt(11), rows.getInt(12));
    }
}
