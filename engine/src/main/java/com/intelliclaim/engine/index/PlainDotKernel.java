package com.intelliclaim.engine.index;

/** Scalar loop, used when the jdk.incubator.vector module is not in the runtime. */
final class PlainDotKernel implements DotKernel {
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
    public String name() {
        return "plain";
    }
}
