package com.intelliclaim.engine.index;

/** Dot product of the query with one stored vector. Implementations are stateless and thread-safe. */
interface DotKernel {
    /** Dot product of {@code query} with {@code query.length} floats of {@code storage} from {@code offset}. */
    float dot(float[] storage, int offset, float[] query);

    /** "simd" or "plain", for logs and reports. */
    String name();
}
