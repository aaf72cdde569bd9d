package com.intelliclaim.engine.index;

/**
 * Dot product of a float query with one vector stored as signed 8-bit codes (see {@link Int8Codes}). Implementations
 * are stateless and thread-safe. The result is the sum of code × query component, not yet multiplied by the
 * vector's scale.
 */
interface CodeDotKernel {
    /** Sum of {@code codes[offset + i] * query[i]} over the query's length. */
    float dot(byte[] codes, int offset, float[] query);

    /** "simd" or "plain", for logs and reports. */
    String name();
}
