package com.intelliclaim.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The contract for both kernels, plus what is special to the exact index: large (parallel) and wrong inputs. */
class ExactVectorIndexTest {
    @Nested
    class WithSimdKernel extends VectorIndexContractTest {
        @Override
        protected VectorIndex createIndex(int dimension) {
            ExactVectorIndex index = new ExactVectorIndex(dimension, DotKernels.simd());
            assertThat(index.kernelName()).isEqualTo("simd");
            return index;
        }
    }

    @Nested
    class WithPlainKernel extends VectorIndexContractTest {
        @Override
        protected VectorIndex createIndex(int dimension) {
            return new ExactVectorIndex(dimension, new PlainDotKernel());
        }
    }

    @Nested
    class WithInt8ShortlistAndPlainCodes extends VectorIndexContractTest {
        @Override
        protected VectorIndex createIndex(int dimension) {
            return new ExactVectorIndex(dimension, new ScanKernels(new PlainDotKernel(), new PlainDotKernel(), 20));
        }
    }

    @Nested
    class WithInt8ShortlistAndSimdCodes extends VectorIndexContractTest {
        @Override
        protected VectorIndex createIndex(int dimension) {
            return new ExactVectorIndex(dimension, new ScanKernels(DotKernels.simd(), DotKernels.simdCodes(), 20));
        }
    }

    @Test
    void picksSimdWithAnInt8ShortlistWhenTheModuleIsPresent() {
        // Surefire runs with --add-modules jdk.incubator.vector.
        assertThat(DotKernels.simdAvailable()).isTrue();
        assertThat(new ExactVectorIndex(4).kernelName()).isEqualTo("simd+int8");
    }

    @Test
    void theBenchmarkSwitchTurnsTheShortlistOff() {
        String before = System.getProperty(ScanKernels.SCAN_PROPERTY);
        System.setProperty(ScanKernels.SCAN_PROPERTY, "exact");
        try {
            assertThat(new ExactVectorIndex(4).kernelName()).isEqualTo("simd");
        } finally {
            if (before == null) {
                System.clearProperty(ScanKernels.SCAN_PROPERTY);
            } else {
                System.setProperty(ScanKernels.SCAN_PROPERTY, before);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"simd", "plain", "simd+int8"})
    void largeParallelSearchMatchesBruteForce(String kernel) {
        int dimension = 384;
        int threshold = 20_000;
        int count = threshold + 9_001;
        Random random = new Random(7);
        float[][] vectors = new float[count][];
        ExactVectorIndex index = new ExactVectorIndex(dimension, new ScanKernels(
                kernel.startsWith("simd") ? DotKernels.simd() : new PlainDotKernel(),
                kernel.endsWith("int8") ? DotKernels.simdCodes() : null, threshold));
        for (int i = 0; i < count; i++) {
            vectors[i] = randomUnit(random, dimension);
            index.add(i, i / 10, vectors[i]);
        }
        index.removeDocument(5);
        float[] query = randomUnit(random, dimension);
        List<Long> expected = IntStream.range(0, count).filter(i -> i / 10 != 5).boxed()
                .sorted(Comparator.comparingDouble(i -> -VectorIndexContractTest.dot(vectors[i], query)))
                .limit(10).map(Integer::longValue).toList();
        assertThat(index.size()).isEqualTo(count - 10);
        assertThat(index.search(query, 10, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .containsExactlyElementsOf(expected);
        assertThat(index.search(query, 10, new DocumentFilter(Set.of(7L, 1000L)))).extracting(ScoredChunk::chunkId)
                .allSatisfy(id -> assertThat(id / 10).isIn(7L, 1000L));
    }

    @Test
    void wrongDimensionAndBadKAreRefused() {
        ExactVectorIndex index = new ExactVectorIndex(4);
        assertThatThrownBy(() -> index.add(1, 1, new float[3])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 dimensions");
        assertThatThrownBy(() -> index.search(new float[4], 0, DocumentFilter.ALL))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static float[] randomUnit(Random random, int dimension) {
        float[] vector = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            vector[i] = (float) random.nextGaussian();
        }
        return VectorIndexContractTest.normalise(vector);
    }
}
