package com.intelliclaim.engine.index;

/** Scalar loop over 8-bit codes, used when the jdk.incubator.vector module is not in the runtime. */
final class PlainCodeDotKernel implements CodeDotKernel {
    @Override
    public float dot(byte[] codes, int offset, float[] query) {
        // Four accumulators, as in PlainDotKernel, so the multiplies can be pipelined.
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
