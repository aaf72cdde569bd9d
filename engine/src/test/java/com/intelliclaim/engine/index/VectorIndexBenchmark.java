package com.intelliclaim.engine.index;

import java.util.Arrays;
import java.util.Random;

/**
 * Throwaway measurement, not a test: p50/p95 latency of a top-50 search (what the hybrid retriever asks for) over random 384-dimensional unit vectors,
 * at 10k and 100k vectors, with the SIMD and the plain kernel.
 */
public final class VectorIndexBenchmark {
    private VectorIndexBenchmark() {
    }

    public static void main(String[] args) {
        for (int size : new int[] {10_000, 100_000}) {
            for (String kernel : new String[] {"simd", "simd+int8", "plain", "plain+int8", "simd", "simd+int8"}) {
                measure(size, kernel);
            }
        }
    }

    private static void measure(int size, String kernelName) {
        Random random = new Random(size);
        boolean simd = kernelName.startsWith("simd");
        CodeDotKernel codes = !kernelName.endsWith("int8") ? null
                : simd ? DotKernels.simdCodes() : new PlainDotKernel();
        ExactVectorIndex index = new ExactVectorIndex(384, new ScanKernels(
                simd ? DotKernels.simd() : new PlainDotKernel(), codes, ExactVectorIndex.PARALLEL_THRESHOLD));
        for (int i = 0; i < size; i++) {
            index.add(i, i / 50, ExactVectorIndexTest.randomUnit(random, 384));
        }
        float[][] queries = new float[300][];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = ExactVectorIndexTest.randomUnit(random, 384);
        }
        for (int i = 0; i < 100; i++) {
            index.search(queries[i], 10, DocumentFilter.ALL);
        }
        long[] nanos = new long[200];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            index.search(queries[100 + i], 50, DocumentFilter.ALL);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%,d vectors, %s: p50 %.2f ms, p95 %.2f ms (full rescans %d)%n", size, index.kernelName(),
                nanos[nanos.length / 2] / 1e6, nanos[nanos.length * 95 / 100] / 1e6, index.fullRescans());
    }
}
