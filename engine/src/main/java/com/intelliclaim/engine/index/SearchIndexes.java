package com.intelliclaim.engine.index;

import com.intelliclaim.engine.store.DocumentStore;
import com.intelliclaim.engine.store.StoredChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two derived indexes (vector and keyword) kept in step with the store, which is the source of truth. The vector
 * index lives in memory and is loaded from the store at start; the keyword index lives on disk and remembers the store
 * revision it reflects, so a crash between a store commit and an index commit is noticed and repaired by a rebuild.
 * Writes are serialised by the caller (the engine's single ingest lane).
 *
 * <p>A search sees a document in both indexes or in neither: searches run inside {@link #reading}, which shares a
 * read lock, and every change ({@link #add}, {@link #remove}, {@link #load}, {@link #publishing}) holds the write lock
 * while it lands in both. Only the landing is locked (milliseconds); parsing and embedding happen before it, so a
 * search waits at most for one document's vectors and keyword entries to be added.
 */
public final class SearchIndexes {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final int KEYWORD_BATCH = 2_000;

    private final VectorIndex vectors;
    private final LuceneKeywordIndex keywords;
    private final ReadWriteLock lock = new ReentrantReadWriteLock();

    public SearchIndexes(VectorIndex vectors, LuceneKeywordIndex keywords) {
        this.vectors = vectors;
        this.keywords = keywords;
    }

    public VectorIndex vectors() {
        return vectors;
    }

    public KeywordIndex keywords() {
        return keywords;
    }

    /**
     * Runs a search over both indexes against one set of documents: no change lands while it runs.
     *
     * @return what {@code search} returns
     */
    public <T> T reading(Supplier<T> search) {
        lock.readLock().lock();
        try {
            return search.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Runs a change that spans the store and the indexes (a removal, a rebuild) so that no search sees it half done.
     * Keep it short: searches wait while it runs.
     */
    public void publishing(Runnable change) {
        lock.writeLock().lock();
        try {
            change.run();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Loads the vectors from the store and, when the keyword index does not reflect the store's revision, rebuilds it.
     * Returns the number of chunks loaded.
     */
    public long load(DocumentStore store) {
        lock.writeLock().lock();
        try {
            return loadLocked(store);
        } finally {
            lock.writeLock().unlock();
        }
    }

    private long loadLocked(DocumentStore store) {
        long revision = store.revision();
        boolean keywordsCurrent = keywords.revision() == revision;
        if (!keywordsCurrent) {
            log.info("Keyword index is at revision {} but the store is at {}: rebuilding it", keywords.revision(), revision);
            keywords.clear();
        }
        List<KeywordEntry> batch = new ArrayList<>();
        long[] count = {0};
        store.forEachChunk((chunk, vector) -> {
            vectors.add(chunk.id(), chunk.documentId(), vector);
            count[0]++;
            if (!keywordsCurrent) {
                batch.add(entry(chunk));
                if (batch.size() >= KEYWORD_BATCH) {
                    keywords.add(batch);
                    batch.clear();
                }
            }
        });
        if (!keywordsCurrent) {
            if (!batch.isEmpty()) {
                keywords.add(batch);
            }
            keywords.commit(revision);
        }
        return count[0];
    }

    /** Adds one stored document's chunks (with their vectors, in the same order) and records the store revision. */
    public void add(List<StoredChunk> chunks, List<float[]> chunkVectors, long revision) {
        publishing(() -> addLocked(chunks, chunkVectors, revision));
    }

    private void addLocked(List<StoredChunk> chunks, List<float[]> chunkVectors, long revision) {
        List<KeywordEntry> entries = new ArrayList<>(chunks.size());
        for (int i = 0; i < chunks.size(); i++) {
            StoredChunk chunk = chunks.get(i);
            vectors.add(chunk.id(), chunk.documentId(), chunkVectors.get(i));
            entries.add(entry(chunk));
        }
        keywords.add(entries);
        keywords.commit(revision);
    }

    /** Removes a document from both indexes and records the store revision. */
    public void remove(long documentId, long revision) {
        publishing(() -> {
            vectors.removeDocument(documentId);
            keywords.removeDocument(documentId);
            keywords.commit(revision);
        });
    }

    private static KeywordEntry entry(StoredChunk chunk) {
        return new KeywordEntry(chunk.id(), chunk.documentId(), chunk.text(), chunk.heading(), chunk.clause());
    }
}
