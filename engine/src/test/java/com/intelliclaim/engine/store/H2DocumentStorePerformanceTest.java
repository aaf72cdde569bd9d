package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures the two bulk paths at desktop scale (a 600-chunk document; streaming 100k chunks) and checks that what
 * comes back is complete and exact. The figures are logged, not asserted: machines differ.
 */
class H2DocumentStorePerformanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(H2DocumentStorePerformanceTest.class);
    private static final int CHUNKS_PER_DOCUMENT = 600;
    private static final int TOTAL_CHUNKS = 100_200;

    @TempDir
    Path temp;

    @Test
    void addsLargeDocumentsAndStreamsAHundredThousandChunks() throws Exception {
        StoreFixtures fixtures = new StoreFixtures(11);
        Path file = temp.resolve("intelliclaim");
        try (H2DocumentStore store = H2DocumentStore.open(file)) {
            List<float[]> firstVectors = new ArrayList<>();
            List<Long> firstIds = new ArrayList<>();
            long[] addMillis = new long[TOTAL_CHUNKS / CHUNKS_PER_DOCUMENT];
            long fillStart = System.nanoTime();
            for (int d = 0; d < addMillis.length; d++) {
                List<float[]> vectors = fixtures.vectors(CHUNKS_PER_DOCUMENT);
                long start = System.nanoTime();
                StoredDocument stored = store.add(fixtures.newDocument("doc-" + d + ".pdf"), StoreFixtures.pages(40),
                        StoreFixtures.chunks(CHUNKS_PER_DOCUMENT, 40), vectors);
                addMillis[d] = (System.nanoTime() - start) / 1_000_000;
                firstVectors.add(vectors.get(0));
                firstIds.add(stored.chunkIds().get(0));
            }
            long fillMillis = (System.nanoTime() - fillStart) / 1_000_000;

            AtomicLong count = new AtomicLong();
            AtomicLong outOfOrder = new AtomicLong();
            AtomicLong lastId = new AtomicLong(Long.MIN_VALUE);
            List<int[]> streamedFirst = new ArrayList<>();
            long streamStart = System.nanoTime();
            store.forEachChunk((chunk, vector) -> {
                // Plain checks while streaming: an assertion per row would dominate what is measured.
                if (chunk.id() <= lastId.getAndSet(chunk.id())) {
                    outOfOrder.incrementAndGet();
                }
                count.incrementAndGet();
                if (chunk.ordinal() == 0) {
                    streamedFirst.add(DocumentStoreContractTest.bits(vector));
                }
            });
            long streamMillis = (System.nanoTime() - streamStart) / 1_000_000;

            assertThat(count.get()).isEqualTo(TOTAL_CHUNKS);
            assertThat(outOfOrder.get()).isZero();
            assertThat(streamedFirst).hasSize(firstVectors.size());
            for (int i = 0; i < firstVectors.size(); i++) {
                assertThat(streamedFirst.get(i)).isEqualTo(DocumentStoreContractTest.bits(firstVectors.get(i)));
            }
            assertThat(store.chunks(firstIds)).hasSize(firstIds.size());
            LOG.info("add of {} chunks x {} dims: first {} ms, median {} ms; {} chunks stored in {} ms;"
                    + " forEachChunk over {} chunks: {} ms; file {} MB", CHUNKS_PER_DOCUMENT, StoreFixtures.DIMENSION,
                    addMillis[0], median(addMillis), TOTAL_CHUNKS, fillMillis, count.get(), streamMillis,
                    Files.size(Path.of(file + ".mv.db")) >> 20);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
