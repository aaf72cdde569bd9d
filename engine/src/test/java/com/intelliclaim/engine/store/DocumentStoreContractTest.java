package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The {@link DocumentStore} contract; every implementation's test extends this class. */
abstract class DocumentStoreContractTest {
    protected final StoreFixtures fixtures = new StoreFixtures(42);
    protected DocumentStore store;

    /** A new, empty store. */
    protected abstract DocumentStore createStore();

    @BeforeEach
    void openStore() {
        store = createStore();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    protected StoredDocument addDocument(String name, int pages, int chunks) {
        return store.add(fixtures.newDocument(name), StoreFixtures.pages(pages), StoreFixtures.chunks(chunks, pages),
                fixtures.vectors(chunks));
    }

    @Test
    void aNewStoreIsEmpty() {
        assertThat(store.documents()).isEmpty();
        assertThat(store.indexedModel()).isEmpty();
        List<Long> visited = new ArrayList<>();
        store.forEachChunk((chunk, vector) -> visited.add(chunk.id()));
        assertThat(visited).isEmpty();
    }

    @Test
    void addStoresEverythingAndReadsItBack() {
        NewDocument document = fixtures.newDocument("policy.pdf");
        List<PageText> pages = StoreFixtures.pages(3);
        List<ChunkDraft> drafts = StoreFixtures.chunks(7, 3);
        List<float[]> vectors = fixtures.vectors(7);

        StoredDocument stored = store.add(document, pages, drafts, vectors);

        DocumentInfo info = stored.info();
        assertThat(info).extracting(DocumentInfo::sha256, DocumentInfo::name, DocumentInfo::mediaType,
                DocumentInfo::sizeBytes, DocumentInfo::pages, DocumentInfo::chunks)
                .containsExactly(document.sha256(), document.name(), document.mediaType(), document.sizeBytes(), 3, 7);
        assertThat(stored.chunkIds()).hasSize(7).doesNotHaveDuplicates();
        assertThat(store.documents()).containsExactly(info);
        assertThat(store.findBySha256(document.sha256())).contains(info);
        assertThat(store.findById(info.id())).contains(info);
        assertThat(store.findById(info.id() + 1_000)).isEmpty();
        assertThat(store.pages(info.id())).isEqualTo(pages);

        List<StoredChunk> chunks = store.chunksOf(info.id());
        assertThat(chunks).extracting(StoredChunk::id).isEqualTo(stored.chunkIds());
        for (int i = 0; i < drafts.size(); i++) {
            assertThat(chunks.get(i)).isEqualTo(expected(stored.chunkIds().get(i), info, drafts.get(i)));
        }
    }

    private static StoredChunk expected(long id, DocumentInfo document, ChunkDraft d) {
        return new StoredChunk(id, document.id(), document.sha256(), document.name(), d.ordinal(), d.text(),
                d.page(), d.pageEnd(), d.clause(), d.heading(), d.startOffset(), d.endOffset());
    }

    @Test
    void vectorsComeBackBitExactInChunkIdOrder() {
        List<float[]> vectors = new ArrayList<>(fixtures.vectors(4));
        vectors.set(0, new float[] {Float.MIN_VALUE, -0.0f, Float.MAX_VALUE, Float.NEGATIVE_INFINITY, 1e-40f});
        StoredDocument first = store.add(fixtures.newDocument("a.pdf"), StoreFixtures.pages(1),
                StoreFixtures.chunks(4, 1), vectors);
        StoredDocument second = addDocument("b.pdf", 2, 3);

        List<Long> ids = new ArrayList<>();
        List<float[]> seen = new ArrayList<>();
        store.forEachChunk((chunk, vector) -> {
            ids.add(chunk.id());
            seen.add(vector);
        });

        List<Long> expectedIds = new ArrayList<>(first.chunkIds());
        expectedIds.addAll(second.chunkIds());
        assertThat(ids).isEqualTo(expectedIds).isSorted();
        for (int i = 0; i < vectors.size(); i++) {
            assertThat(bits(seen.get(i))).isEqualTo(bits(vectors.get(i)));
        }
    }

    static int[] bits(float[] vector) {
        int[] bits = new int[vector.length];
        for (int i = 0; i < vector.length; i++) {
            bits[i] = Float.floatToRawIntBits(vector[i]);
        }
        return bits;
    }

    @Test
    void documentsNameTheirPagesReadByOcrWithLowConfidence() {
        List<PageText> pages = List.of(new PageText(1, "typed page"), PageText.ocr(2, "clear scan", 91),
                PageText.ocr(3, "faint scan", 42), PageText.ocr(4, "blurred scan", 69.9), PageText.ocr(5, "ok", 70));
        DocumentInfo scanned = store.add(fixtures.newDocument("scanned.pdf"), pages, StoreFixtures.chunks(5, 5),
                fixtures.vectors(5)).info();
        DocumentInfo typed = addDocument("typed.pdf", 2, 2).info();

        assertThat(scanned.lowConfidencePages()).containsExactly(3, 4);
        assertThat(typed.lowConfidencePages()).isEmpty();
        assertThat(store.documents()).containsExactly(typed, scanned);
        assertThat(store.findById(scanned.id())).contains(scanned);
        assertThat(store.findBySha256(scanned.sha256())).contains(scanned);
    }

    @Test
    void documentsAreListedNewestFirst() {
        DocumentInfo first = addDocument("first.pdf", 1, 1).info();
        DocumentInfo second = addDocument("second.pdf", 1, 1).info();
        DocumentInfo third = addDocument("third.pdf", 1, 1).info();
        assertThat(store.documents()).containsExactly(third, second, first);
    }

    @Test
    void chunksByIdSkipUnknownIdsAndSpanBatches() {
        StoredDocument big = addDocument("big.pdf", 20, StoreQueries.ID_BATCH + 17);
        StoredDocument small = addDocument("small.pdf", 1, 2);
        List<Long> wanted = new ArrayList<>(big.chunkIds());
        wanted.add(small.chunkIds().get(1));
        wanted.add(-5L);
        wanted.add(Long.MAX_VALUE);

        Map<Long, StoredChunk> found = store.chunks(wanted);

        assertThat(found).hasSize(big.chunkIds().size() + 1);
        assertThat(found.get(small.chunkIds().get(1)).documentName()).isEqualTo("small.pdf");
        found.forEach((id, chunk) -> assertThat(chunk.id()).isEqualTo(id));
        assertThat(store.chunks(List.of())).isEmpty();
    }

    @Test
    void theRevisionGrowsWithEveryChange() {
        long start = store.revision();
        StoredDocument added = addDocument("a.pdf", 1, 2);
        long afterAdd = store.revision();
        store.setIndexedModel(new EmbeddingModelInfo("m", StoreFixtures.DIMENSION, 256));
        long afterModel = store.revision();
        store.replaceVectors(added.info().id(), fixtures.vectors(2), new EmbeddingModelInfo("m2", 384, 512));
        long afterReplace = store.revision();
        assertThat(store.remove(added.info().id())).isTrue();
        long afterRemove = store.revision();

        assertThat(List.of(start, afterAdd, afterModel, afterReplace, afterRemove)).isSorted().doesNotHaveDuplicates();
        assertThat(store.remove(added.info().id())).isFalse();
        assertThat(store.revision()).isEqualTo(afterRemove);
    }

    @Test
    void removeTakesPagesChunksAndVectorsWithIt() {
        StoredDocument gone = addDocument("gone.pdf", 2, 5);
        StoredDocument kept = addDocument("kept.pdf", 1, 3);

        assertThat(store.remove(gone.info().id())).isTrue();

        assertThat(store.documents()).containsExactly(kept.info());
        assertThat(store.findBySha256(gone.info().sha256())).isEmpty();
        assertThat(store.findById(gone.info().id())).isEmpty();
        assertThat(store.pages(gone.info().id())).isEmpty();
        assertThat(store.chunksOf(gone.info().id())).isEmpty();
        assertThat(store.chunks(gone.chunkIds())).isEmpty();
        List<Long> visited = new ArrayList<>();
        store.forEachChunk((chunk, vector) -> visited.add(chunk.id()));
        assertThat(visited).isEqualTo(kept.chunkIds());
    }

    @Test
    void findBySha256IsEmptyForUnknownContent() {
        addDocument("a.pdf", 1, 1);
        assertThat(store.findBySha256("0".repeat(64))).isEmpty();
    }

    @Test
    void indexedModelRoundTrips() {
        EmbeddingModelInfo model = new EmbeddingModelInfo("all-minilm-l6-v2-q", 384, 256);
        store.setIndexedModel(model);
        assertThat(store.indexedModel()).contains(model);
        EmbeddingModelInfo other = new EmbeddingModelInfo("bge-small-en-v1.5", 384, 512);
        store.setIndexedModel(other);
        assertThat(store.indexedModel()).contains(other);
    }

    @Test
    void replaceVectorsOverwritesOneDocumentsVectorsAndRecordsTheModel() {
        StoredDocument target = addDocument("target.pdf", 1, 3);
        StoredDocument other = addDocument("other.pdf", 1, 2);
        Map<Long, int[]> before = vectorBits();
        List<float[]> replacement = fixtures.vectors(3);
        EmbeddingModelInfo model = new EmbeddingModelInfo("new-model", 384, 512);

        store.replaceVectors(target.info().id(), replacement, model);

        Map<Long, int[]> after = vectorBits();
        for (int i = 0; i < 3; i++) {
            assertThat(after.get(target.chunkIds().get(i))).isEqualTo(bits(replacement.get(i)));
        }
        other.chunkIds().forEach(id -> assertThat(after.get(id)).isEqualTo(before.get(id)));
        assertThat(store.indexedModel()).contains(model);
        assertThatThrownBy(() -> store.replaceVectors(target.info().id(), fixtures.vectors(2), model))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 chunks but 2 vectors");
    }

    private Map<Long, int[]> vectorBits() {
        Map<Long, int[]> bits = new HashMap<>();
        store.forEachChunk((chunk, vector) -> bits.put(chunk.id(), bits(vector)));
        return bits;
    }

    @Test
    void aChunkAndVectorCountMismatchIsRefusedAndStoresNothing() {
        long revision = store.revision();
        assertThatThrownBy(() -> store.add(fixtures.newDocument("odd.pdf"), StoreFixtures.pages(1),
                StoreFixtures.chunks(3, 1), fixtures.vectors(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 chunks but 2 vectors");
        assertThat(store.documents()).isEmpty();
        assertThat(store.revision()).isEqualTo(revision);
    }

    @Test
    void theSameContentTwiceIsRefusedAndTheFirstIsKept() {
        NewDocument document = fixtures.newDocument("a.pdf");
        StoredDocument first = store.add(document, StoreFixtures.pages(1), StoreFixtures.chunks(1, 1),
                fixtures.vectors(1));
        NewDocument renamed = new NewDocument(document.sha256(), "copy of a.pdf", "application/pdf", 1);
        assertThatThrownBy(() -> store.add(renamed, StoreFixtures.pages(1), StoreFixtures.chunks(2, 1),
                fixtures.vectors(2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already stored");
        assertThat(store.documents()).containsExactly(first.info());
        assertThat(store.chunksOf(first.info().id())).hasSize(1);
    }

    @Test
    void concurrentWritersAndReadersAllSucceed() throws Exception {
        long start = store.revision();
        int threads = 4;
        int perThread = 5;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int writer = t;
                work.add(pool.submit(() -> {
                    StoreFixtures own = new StoreFixtures(100 + writer);
                    for (int i = 0; i < perThread; i++) {
                        store.add(own.newDocument("w" + writer + "-" + i + ".pdf"), StoreFixtures.pages(2),
                                StoreFixtures.chunks(20, 2), own.vectors(20));
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                for (int i = 0; i < 20; i++) {
                    // Each listed document is whole: readers never see half an add.
                    store.documents().forEach(d -> assertThat(store.chunksOf(d.id())).hasSize(d.chunks()));
                }
                return null;
            }));
            for (Future<?> f : work) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(store.documents()).hasSize(threads * perThread);
        assertThat(store.revision()).isEqualTo(start + threads * perThread);
    }
}
