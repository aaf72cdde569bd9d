package com.intelliclaim.engine.index;

import com.intelliclaim.engine.store.DocumentStore;
import com.intelliclaim.engine.store.StoredChunk;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The two derived indexes (vector and keyword) kept in step with the store, which is the source of truth. The vector
 * index lives in memory and is loaded from the store at start; the keyword index lives on disk and remembers the store
 * revision it reflects, so a crash between a store commit and an index commit is noticed and repaired by a rebuild.
 * Writes are serialised by the caller (the engine's single ingest lane).
 */
public final class SearchIndexes {
    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final int KEYWORD_BATCH = 2_000;

    private final VectorIndex vectors;
    private final LuceneKeywordIndex keywords;

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
     * Loads the vectors from the store and, when the keyword index does not reflect the store's revision, rebuilds it.
     * Returns the number of chunks loaded.
     */
    public long load(DocumentStore store) {
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
        vectors.removeDocument(documentId);
        keywords.removeDocument(documentId);
        keywords.commit(revision);
    }

    private static KeywordEntry entry(StoredChunk chunk) {
        return new KeywordEntry(chunk.id(), chunk.documentId(), chunk.text(), chunk.heading(), chunk.clause());
    }
}
