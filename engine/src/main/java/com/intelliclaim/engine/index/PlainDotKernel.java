package com.intelliclaim.engine.index;

/**
 * Scalar loops over stored floats and over 8-bit codes, used when the jdk.incubator.vector module is not in the
 * runtime. The two loops are written out twice on purpose: Java cannot abstract over the element type of a primitive
 * array without a call per element, and these are the scan's inner loops.
 */
final class PlainDotKernel implements DotKernel, CodeDotKernel {
    @Override
    public float dot(float[] storage, int offset, float[] query) {
        // Four accumulators break the add dependency chain so the JIT can pipeline the multiplies.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = query.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += storage[offset + i] * query[i];
            s1 += storage[offset + i + 1] * query[i + 1];
            s2 += storage[offset + i + 2] * query[i + 2];
            s3 += storage[offset + i + 3] * query[i + 3];
        }
        for (; i < n; i++) {
            s0 += storage[offset + i] * query[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public float dot(byte[] codes, int offset, float[] query) {
        // The same four accumulators over codes widened one at a time.
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int n = query.length;
        int i = 0;
        for (; i + 3 < n; i += 4) {
            s0 += codes[offset + i] * query[i];
            s1 += codes[offset + i + 1] * query[i + 1];
            s2 += codes[offset + i + 2] * query[i + 2];
            s3 += codes[offset + i + 3] * query[i + 3];
        }
        for (; i < n; i++) {
            s0 += codes[offset + i] * query[i];
        }
        return (s0 + s1) + (s2 + s3);
    }

    @Override
    public String name() {
        return "plain";
    }
}
