package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The source of truth: documents, their pages, chunks and embeddings, and the index's model. Every write is one
 * transaction, so a crash leaves a document either wholly stored or absent. Thread-safe.
 */
public interface DocumentStore extends AutoCloseable {
    /** The stored version with these exact bytes, if any. */
    Optional<DocumentInfo> findBySha256(String sha256);

    /** The stored document with this id, if any. */
    Optional<DocumentInfo> findById(long documentId);

    /** Every stored document, newest first. */
    List<DocumentInfo> documents();

    /**
     * Stores a document with its pages, chunks and one vector per chunk (same order), in one transaction, and bumps
     * the revision. Returns the stored document and its chunks' ids in chunk order.
     *
     * @throws IllegalArgumentException when the chunk and vector counts differ
     */
    StoredDocument add(NewDocument document, List<PageText> pages, List<ChunkDraft> chunks, List<float[]> vectors);

    /** Deletes a document and everything of it; false when there was none. Bumps the revision. */
    boolean remove(long documentId);

    /** The chunks with these ids (unknown ids are skipped), keyed by id. */
    Map<Long, StoredChunk> chunks(Collection<Long> chunkIds);

    /** The chunks of one document in order. */
    List<StoredChunk> chunksOf(long documentId);

    /** The text of every page of a document, in order. */
    List<PageText> pages(long documentId);

    /** Streams every chunk with its vector to the visitor, in chunk-id order (for rebuilding the indexes). */
    void forEachChunk(ChunkVisitor visitor);

    /** The model the stored vectors were made with; empty for a new store. */
    Optional<EmbeddingModelInfo> indexedModel();

    /**
     * Replaces the vectors of one document's chunks (same order as {@link #chunksOf}) and records the model, in one
     * transaction; used by reindex. Bumps the revision.
     */
    void replaceVectors(long documentId, List<float[]> vectors, EmbeddingModelInfo model);

    /** Records the model of the stored vectors (when the first document is added to an empty store). */
    void setIndexedModel(EmbeddingModelInfo model);

    /** A number that grows with every committed change; derived indexes remember it to know when they are stale. */
    long revision();

    @Override
    void close();
}
