package com.intelliclaim.engine.index;

import com.intelliclaim.engine.store.StoredChunk;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A search that runs while documents are added or removed sees each document whole in both indexes, or not at all. */
class SearchIndexesConcurrencyTest {
    private static final int DIMENSION = 8;
    private static final int CHUNKS_PER_DOCUMENT = 120;
    private static final int DOCUMENTS = 12;

    @Test
    void aSearchDuringWritesSeesEveryDocumentWholeOrNotAtAll() throws Exception {
        try (LuceneKeywordIndex keywords = LuceneKeywordIndex.inMemory()) {
            SearchIndexes indexes = new SearchIndexes(new ExactVectorIndex(DIMENSION), keywords);
            AtomicBoolean writing = new AtomicBoolean(true);
            CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
                try {
                    for (int doc = 1; doc <= DOCUMENTS; doc++) {
                        indexes.add(chunks(doc), vectors(), doc);
                        if (doc % 3 == 0) {
                            indexes.remove(doc - 1, doc + 1000);
                        }
                    }
                } finally {
                    writing.set(false);
                }
            });
            List<String> seen = new ArrayList<>();
            int searches = 0;
            while (writing.get() || searches == 0) {
                for (long doc = 1; doc <= DOCUMENTS; doc++) {
                    long id = doc;
                    int[] counts = indexes.reading(() -> new int[] {
                            indexes.vectors().search(unit(), 1_000, DocumentFilter.only(id)).size(),
                            indexes.keywords().search("wording", 1_000, DocumentFilter.only(id)).size()});
                    if (counts[0] != counts[1] || (counts[0] != 0 && counts[0] != CHUNKS_PER_DOCUMENT)) {
                        seen.add("document " + id + ": " + counts[0] + " vectors, " + counts[1] + " keyword entries");
                    }
                }
                searches++;
            }
            writer.get();
            assertThat(seen).as("half-landed documents seen by %d searches", searches).isEmpty();
            assertThat(indexes.vectors().search(unit(), 10_000, DocumentFilter.ALL))
                    .hasSize(CHUNKS_PER_DOCUMENT * (DOCUMENTS - DOCUMENTS / 3));
        }
    }

    private static List<StoredChunk> chunks(long documentId) {
        List<StoredChunk> chunks = new ArrayList<>();
        for (int i = 0; i < CHUNKS_PER_DOCUMENT; i++) {
            long id = documentId * 10_000 + i;
            chunks.add(new StoredChunk(id, documentId, "%064d".formatted(documentId), "doc" + documentId + ".pdf", i,
                    "Policy wording of passage " + i + " in document " + documentId, 1, 1, "", "", 0, 10));
        }
        return chunks;
    }

    private static List<float[]> vectors() {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < CHUNKS_PER_DOCUMENT; i++) {
            vectors.add(unit());
        }
        return vectors;
    }

    private static float[] unit() {
        float[] v = new float[DIMENSION];
        v[0] = 1;
        return v;
    }
}
