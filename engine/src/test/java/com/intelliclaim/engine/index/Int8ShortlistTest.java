package com.intelliclaim.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.intelliclaim.engine.embed.BundledModel;
import com.intelliclaim.engine.embed.Embedder;
import com.intelliclaim.engine.embed.OnnxEmbedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The 8-bit shortlist then float rescore must return exactly what a scan of the floats returns — same chunks, same
 * order, same scores — on synthetic vectors of several shapes and on real model vectors, with both code kernels.
 */
class Int8ShortlistTest {
    private static final int DIMENSION = 384;

    /** A vector set: name, how to make vector i, how many. */
    record Shape(String name, BiFunction<Random, Integer, float[]> vector, int count) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> shapesKernelsAndFilters() {
        List<Shape> shapes = List.of(
                new Shape("random unit vectors", (r, i) -> ExactVectorIndexTest.randomUnit(r, DIMENSION), 6_000),
                new Shape("tight clusters (scores within the codes' error)", Int8ShortlistTest::clustered, 6_000),
                new Shape("one dominant component (coarse codes elsewhere)", Int8ShortlistTest::spiky, 3_000),
                new Shape("exact duplicates (ties go to the earlier chunk)", (r, i) -> duplicate(i), 2_000),
                new Shape("fewer vectors than the shortlist", (r, i) -> ExactVectorIndexTest.randomUnit(r, DIMENSION), 80));
        List<Arguments> cases = new ArrayList<>();
        for (Shape shape : shapes) {
            for (String kernel : List.of("simd", "plain")) {
                for (int k : new int[] {1, 10, 50}) {
                    cases.add(Arguments.of(shape, kernel, k, DocumentFilter.ALL));
                }
                cases.add(Arguments.of(shape, kernel, 10, new DocumentFilter(Set.of(3L, 7L, 11L))));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}, {1} codes, k={2}, {3}")
    @MethodSource("shapesKernelsAndFilters")
    void returnsWhatTheFloatScanReturns(Shape shape, String kernel, int k, DocumentFilter filter) {
        Random random = new Random(shape.name().hashCode());
        ExactVectorIndex shortlisted = withCodes(kernel);
        ExactVectorIndex floats = new ExactVectorIndex(DIMENSION, DotKernels.simd());
        for (int i = 0; i < shape.count(); i++) {
            float[] vector = shape.vector().apply(random, i);
            shortlisted.add(i, i % 20, vector);
            floats.add(i, i % 20, vector);
        }
        for (int q = 0; q < 20; q++) {
            float[] query = q % 2 == 0 ? shape.vector().apply(random, q) : ExactVectorIndexTest.randomUnit(random, DIMENSION);
            assertThat(shortlisted.search(query, k, filter)).isEqualTo(floats.search(query, k, filter));
        }
    }

    @Test
    void scoresTooCloseToProveFallBackToTheFloats() {
        ExactVectorIndex index = withCodes("simd");
        ExactVectorIndex floats = new ExactVectorIndex(DIMENSION, DotKernels.simd());
        Random random = new Random(3);
        for (int i = 0; i < 2_000; i++) {
            float[] vector = clustered(random, i);
            index.add(i, 1, vector);
            floats.add(i, 1, vector);
        }
        float[] query = clustered(random, 0);
        assertThat(index.search(query, 10, DocumentFilter.ALL)).isEqualTo(floats.search(query, 10, DocumentFilter.ALL));
        assertThat(index.fullRescans()).isEqualTo(1);
    }

    @Test
    void wellSeparatedScoresNeedNoFullScan() {
        ExactVectorIndex index = withCodes("simd");
        Random random = new Random(4);
        for (int i = 0; i < 20_000; i++) {
            index.add(i, 1, ExactVectorIndexTest.randomUnit(random, DIMENSION));
        }
        for (int q = 0; q < 20; q++) {
            index.search(ExactVectorIndexTest.randomUnit(random, DIMENSION), 50, DocumentFilter.ALL);
        }
        assertThat(index.fullRescans()).isZero();
    }

    @Test
    void removingADocumentKeepsCodesAndFloatsInStep() {
        ExactVectorIndex index = withCodes("simd");
        ExactVectorIndex floats = new ExactVectorIndex(DIMENSION, DotKernels.simd());
        Random random = new Random(5);
        for (int i = 0; i < 3 * VectorSlots.BLOCK_VECTORS; i++) {
            float[] vector = ExactVectorIndexTest.randomUnit(random, DIMENSION);
            index.add(i, i / 1_000, vector);
            floats.add(i, i / 1_000, vector);
        }
        for (long document : new long[] {0, 5, 11}) {
            index.removeDocument(document);
            floats.removeDocument(document);
        }
        for (int q = 0; q < 10; q++) {
            float[] query = ExactVectorIndexTest.randomUnit(random, DIMENSION);
            assertThat(index.search(query, 20, DocumentFilter.ALL)).isEqualTo(floats.search(query, 20, DocumentFilter.ALL));
        }
    }

    @Test
    void realModelVectorsGiveTheFloatScansResults() {
        List<String> passages = PolicyLikeTexts.passages(250);
        List<String> questions = PolicyLikeTexts.questions();
        ExactVectorIndex shortlisted = withCodes("simd");
        ExactVectorIndex floats = new ExactVectorIndex(DIMENSION, DotKernels.simd());
        try (Embedder embedder = OnnxEmbedder.load(BundledModel.MINILM_L6_V2_Q)) {
            List<float[]> vectors = embedder.embedPassages(passages);
            for (int i = 0; i < vectors.size(); i++) {
                shortlisted.add(i, i % 7, vectors.get(i));
                floats.add(i, i % 7, vectors.get(i));
            }
            for (String question : questions) {
                float[] query = embedder.embedQuery(question);
                for (int k : new int[] {5, 12}) { // shortlists of 100 of the 250
                    assertThat(shortlisted.search(query, k, DocumentFilter.ALL))
                            .as(question).isEqualTo(floats.search(query, k, DocumentFilter.ALL));
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 8, 17, 31, 32, 33, 384, 385})
    void bothCodeKernelsAgree(int dimension) {
        Random random = new Random(dimension);
        byte[] codes = new byte[dimension + 5];
        random.nextBytes(codes);
        float[] query = ExactVectorIndexTest.randomUnit(random, dimension);
        double expected = 0;
        for (int i = 0; i < dimension; i++) {
            expected += codes[5 + i] * (double) query[i];
        }
        assertThat((double) DotKernels.simdCodes().dot(codes, 5, query)).isCloseTo(expected, within(1e-3));
        assertThat((double) new PlainDotKernel().dot(codes, 5, query)).isCloseTo(expected, within(1e-3));
        assertThat(DotKernels.simdCodes().name()).isEqualTo("simd");
    }

    @Test
    void codesEstimateWithinTheirStatedBound() {
        Random random = new Random(9);
        byte[] codes = new byte[DIMENSION];
        for (int trial = 0; trial < 1_000; trial++) {
            float[] vector = trial % 2 == 0 ? ExactVectorIndexTest.randomUnit(random, DIMENSION) : spiky(random, trial);
            float[] query = ExactVectorIndexTest.randomUnit(random, DIMENSION);
            float scale = Int8Codes.encode(vector, codes, 0);
            double estimate = scale * (double) new PlainDotKernel().dot(codes, 0, query);
            assertThat(Math.abs(estimate - VectorIndexContractTest.dot(vector, query)))
                    .isLessThanOrEqualTo(scale / 2.0 * Int8Codes.l1Norm(query) + 1e-6);
        }
        assertThat(Int8Codes.encode(new float[DIMENSION], codes, 0)).isZero();
        assertThat(codes).containsOnly((byte) 0);
    }

    private static ExactVectorIndex withCodes(String kernel) {
        CodeDotKernel codes = kernel.equals("simd") ? DotKernels.simdCodes() : new PlainDotKernel();
        return new ExactVectorIndex(DIMENSION, new ScanKernels(DotKernels.simd(), codes,
                ExactVectorIndex.PARALLEL_THRESHOLD));
    }

    /** Ten centres; every vector is a centre plus a little noise, so many scores differ by less than the codes' error. */
    static float[] clustered(Random random, int i) {
        Random centres = new Random(i % 10);
        float[] centre = ExactVectorIndexTest.randomUnit(centres, DIMENSION);
        float[] noise = ExactVectorIndexTest.randomUnit(random, DIMENSION);
        float[] vector = new float[DIMENSION];
        for (int d = 0; d < DIMENSION; d++) {
            vector[d] = centre[d] + 0.02f * noise[d];
        }
        return normalise(vector);
    }

    /** One component carries most of the length, so the codes of all the others are coarse. */
    static float[] spiky(Random random, int i) {
        float[] vector = ExactVectorIndexTest.randomUnit(random, DIMENSION);
        vector[random.nextInt(DIMENSION)] += 3f;
        return normalise(vector);
    }

    /** Four hundred distinct vectors, each repeated five times. */
    static float[] duplicate(int i) {
        return ExactVectorIndexTest.randomUnit(new Random(i % 400), DIMENSION);
    }

    private static float[] normalise(float[] vector) {
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        for (int d = 0; d < vector.length; d++) {
            vector[d] /= (float) Math.sqrt(norm);
        }
        return vector;
    }
}
