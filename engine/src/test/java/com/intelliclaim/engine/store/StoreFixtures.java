package com.intelliclaim.engine.store;

import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/** Builds documents, pages, chunks and random vectors for store tests; the store does not care about the model. */
final class StoreFixtures {
    static final int DIMENSION = 384;

    private final Random random;

    StoreFixtures(long seed) {
        this.random = new Random(seed);
    }

    NewDocument newDocument(String name) {
        byte[] hash = new byte[32];
        random.nextBytes(hash);
        return new NewDocument(HexFormat.of().formatHex(hash), name, "application/pdf", 1000 + random.nextInt(1000));
    }

    /** A unit vector along the first axis: for tests that need a vector, not a particular one. */
    static float[] vector() {
        float[] v = new float[DIMENSION];
        v[0] = 1;
        return v;
    }

    static List<PageText> pages(int count) {
        List<PageText> pages = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            pages.add(new PageText(i, "Page " + i + " text.\nSecond line of page " + i + " — ₹ 5,00,000."));
        }
        return pages;
    }

    /** Chunks spread over {@code pages} pages; some have clause and heading, some not, to cover nulls. */
    static List<ChunkDraft> chunks(int count, int pages) {
        List<ChunkDraft> chunks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int page = 1 + i * pages / Math.max(1, count);
            int pageEnd = Math.min(pages, page + (i % 3 == 0 ? 1 : 0));
            String clause = i % 2 == 0 ? "4." + i : null;
            String heading = i % 4 == 0 ? null : "Exclusions > Section " + i;
            chunks.add(new ChunkDraft(i, "Chunk " + i + " text about hospitalisation cover.", page, pageEnd, clause,
                    heading, i * 10, i * 10 + 40));
        }
        return chunks;
    }

    List<float[]> vectors(int count) {
        List<float[]> vectors = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            float[] v = new float[DIMENSION];
            for (int j = 0; j < DIMENSION; j++) {
                v[j] = (float) random.nextGaussian();
            }
            vectors.add(v);
        }
        return vectors;
    }
}
