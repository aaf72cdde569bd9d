package com.intelliclaim.engine.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every {@link VectorIndex} must do; one subclass per implementation. Vectors are 8-dimensional here. */
abstract class VectorIndexContractTest {
    static final int DIMENSION = 8;
    private VectorIndex index;

    protected abstract VectorIndex createIndex(int dimension);

    @BeforeEach
    void setUp() {
        index = createIndex(DIMENSION);
    }

    @Test
    void bestMatchComesFirst() {
        index.add(1, 10, unit(1, 0, 0));
        index.add(2, 10, unit(1, 1, 0));
        index.add(3, 20, unit(0, 1, 0));
        List<ScoredChunk> hits = index.search(unit(1, 0.2f, 0), 3, DocumentFilter.ALL);
        assertThat(hits).extracting(ScoredChunk::chunkId).containsExactly(1L, 2L, 3L);
        assertThat(hits.get(0).score()).isCloseTo(dot(unit(1, 0, 0), unit(1, 0.2f, 0)), org.assertj.core.api.Assertions.within(1e-5));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 50, 200})
    void kIsRespectedAndResultsAreOrdered(int k) {
        Random random = new Random(k);
        for (int i = 0; i < 100; i++) {
            index.add(i, i % 7, randomUnit(random));
        }
        List<ScoredChunk> hits = index.search(randomUnit(random), k, DocumentFilter.ALL);
        assertThat(hits).hasSize(Math.min(k, 100));
        assertThat(hits).extracting(ScoredChunk::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void filterKeepsOnlyChosenDocuments() {
        Random random = new Random(1);
        for (int i = 0; i < 60; i++) {
            index.add(i, i % 3, randomUnit(random));
        }
        List<ScoredChunk> hits = index.search(randomUnit(random), 60, new DocumentFilter(Set.of(1L)));
        assertThat(hits).hasSize(20).allSatisfy(hit -> assertThat(hit.chunkId() % 3).isEqualTo(1));
        assertThat(index.search(randomUnit(random), 5, new DocumentFilter(Set.of()))).isEmpty();
    }

    @Test
    void removeDocumentRemovesOnlyItsVectors() {
        index.add(1, 10, unit(1, 0, 0));
        index.add(2, 20, unit(1, 0.1f, 0));
        index.add(3, 10, unit(1, 0.2f, 0));
        index.add(4, 30, unit(0, 0, 1));
        index.removeDocument(10);
        index.removeDocument(99);
        assertThat(index.search(unit(1, 0, 0), 10, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .containsExactly(2L, 4L);
        index.add(1, 10, unit(1, 0, 0));
        assertThat(index.search(unit(1, 0, 0), 1, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .containsExactly(1L);
    }

    @Test
    void addingTheSameChunkIdReplacesIt() {
        index.add(1, 10, unit(1, 0, 0));
        index.add(2, 10, unit(0, 1, 0));
        index.add(1, 10, unit(0, 0, 1));
        List<ScoredChunk> hits = index.search(unit(0, 0, 1), 10, DocumentFilter.ALL);
        assertThat(hits).extracting(ScoredChunk::chunkId).containsExactly(1L, 2L);
        assertThat(hits.get(0).score()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-5));
    }

    @Test
    void emptyIndexGivesNoResults() {
        assertThat(index.search(unit(1, 0, 0), 10, DocumentFilter.ALL)).isEmpty();
    }

    static float[] unit(float... leading) {
        float[] vector = new float[DIMENSION];
        System.arraycopy(leading, 0, vector, 0, leading.length);
        return normalise(vector);
    }

    static float[] randomUnit(Random random) {
        float[] vector = new float[DIMENSION];
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return normalise(vector);
    }

    static float[] normalise(float[] vector) {
        double norm = Math.sqrt(dot(vector, vector));
        for (int i = 0; i < vector.length; i++) {
            vector[i] = (float) (vector[i] / norm);
        }
        return vector;
    }

    static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (double) a[i] * b[i];
        }
        return sum;
    }
}
