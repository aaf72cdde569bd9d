package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link DocumentStore} in an embedded H2 file (MVStore, transactional: committed work survives a crash or
 * kill -9). Thread-safe: reads run concurrently, writes one at a time. Close it before its {@link DataFolder}.
 */
public final class H2DocumentStore implements DocumentStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2DocumentStore.class);

    private final StoreDatabase database;

    private H2DocumentStore(StoreDatabase database) {
        this.database = database;
    }

    /**
     * Opens (creating or upgrading it) the store of an open data folder.
     *
     * @throws EngineException when the database cannot be opened (in use, damaged, unreadable, or written by a newer
     *                         IntelliClaim); the message names the folder and the likely cause
     */
    public static H2DocumentStore open(DataFolder folder) {
        return open(folder.databaseFile());
    }

    /**
     * Opens the store at an H2 path given without its ".mv.db" extension; the caller guarantees exclusive use
     * (normally through {@link #open(DataFolder)}).
     *
     * @throws EngineException as {@link #open(DataFolder)}
     */
    public static H2DocumentStore open(Path databaseFileWithoutExtension) {
        StoreDatabase database = new StoreDatabase(databaseFileWithoutExtension);
        try {
            // A plain connection first, so "in use" or "damaged" is reported as such rather than as a schema fault.
            database.read("be opened", connection -> connection.isValid(0));
            SchemaMigrator.migrate(database);
            database.loadRevision();
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        LOG.info("Opened the document store {} at revision {}", databaseFileWithoutExtension, database.revision());
        return new H2DocumentStore(database);
    }

    @Override
    public Optional<DocumentInfo> findBySha256(String sha256) {
        return database.read("look up a document", c -> StoreQueries.findBySha256(c, sha256));
    }

    @Override
    public Optional<DocumentInfo> findById(long documentId) {
        return database.read("look up a document", c -> StoreQueries.findById(c, documentId));
    }

    @Override
    public List<DocumentInfo> documents() {
        return database.read("list the documents", StoreQueries::documents);
    }

    @Override
    public StoredDocument add(NewDocument document, List<PageText> pages, List<ChunkDraft> chunks,
            List<float[]> vectors) {
        if (chunks.size() != vectors.size()) {
            throw new IllegalArgumentException(document.name() + ": " + chunks.size() + " chunks but "
                    + vectors.size() + " vectors; each chunk needs exactly one vector");
        }
        vectors.forEach(v -> Objects.requireNonNull(v, "a vector is null"));
        StoredDocument stored = database.write("save " + document.name(), c -> {
            Optional<DocumentInfo> existing = StoreQueries.findBySha256(c, document.sha256());
            if (existing.isPresent()) {
                throw new IllegalArgumentException(document.name() + " is already stored as document "
                        + existing.get().id() + " (same sha256 " + document.sha256() + ")");
            }
            StoredDocument inserted = DocumentWriter.insert(c, document, pages, chunks, vectors);
            OutboxRows.record(c, ChangeKind.DOCUMENT, document.sha256());
            return inserted;
        });
        LOG.debug("Stored document {} with {} chunks", stored.info().id(), chunks.size());
        return stored;
    }

    @Override
    public boolean remove(long documentId) {
        return database.write("remove document " + documentId, c -> {
            Optional<DocumentInfo> doc = StoreQueries.findById(c, documentId);
            if (doc.isEmpty() || !DocumentWriter.delete(c, documentId)) {
                return false;
            }
            OutboxRows.record(c, ChangeKind.DOCUMENT_REMOVED, doc.get().sha256());
            return true;
        }, removed -> removed);
    }

    @Override
    public Map<Long, StoredChunk> chunks(Collection<Long> chunkIds) {
        return database.read("read chunks", c -> StoreQueries.chunks(c, chunkIds));
    }

    @Override
    public List<StoredChunk> chunksOf(long documentId) {
        return database.read("read the chunks of document " + documentId, c -> StoreQueries.chunksOf(c, documentId));
    }

    @Override
    public List<PageText> pages(long documentId) {
        return database.read("read the pages of document " + documentId, c -> StoreQueries.pages(c, documentId));
    }

    @Override
    public void forEachChunk(ChunkVisitor visitor) {
        database.snapshot("read every chunk", c -> {
            StoreQueries.forEachChunk(c, visitor);
            return null;
        });
    }

    @Override
    public Optional<EmbeddingModelInfo> indexedModel() {
        return database.read("read the index model", IndexMeta::model);
    }

    @Override
    public void replaceVectors(long documentId, List<float[]> vectors, EmbeddingModelInfo model) {
        vectors.forEach(v -> Objects.requireNonNull(v, "a vector is null"));
        database.write("save the new vectors of document " + documentId, c -> {
            List<Long> ids = StoreQueries.chunksOf(c, documentId).stream().map(StoredChunk::id)
                    .collect(Collectors.toList());
            if (ids.size() != vectors.size()) {
                throw new IllegalArgumentException("document " + documentId + " has " + ids.size()
                        + " chunks but " + vectors.size() + " vectors were given");
            }
            DocumentWriter.replaceVectors(c, ids, vectors);
            IndexMeta.setModel(c, model);
            return null;
        });
    }

    @Override
    public void setIndexedModel(EmbeddingModelInfo model) {
        database.write("record the index model", c -> {
            IndexMeta.setModel(c, model);
            return null;
        });
    }

    @Override
    public long revision() {
        return database.revision();
    }

    /** The database, for the stores that share its file (decisions). */
    StoreDatabase database() {
        return database;
    }

    @Override
    public void close() {
        database.close();
    }
}
