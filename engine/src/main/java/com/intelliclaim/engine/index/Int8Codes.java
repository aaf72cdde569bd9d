package com.intelliclaim.engine.index;

/**
 * Symmetric 8-bit quantisation with one scale per vector: component x is stored as round(x / scale) with
 * scale = max|x| / 127, so the largest component uses the full range. The code of x differs from x / scale by at
 * most one half, so for any query q the approximate dot product scale × Σ code·q is within
 * {@code scale / 2 × Σ|q|} of the exact one — the bound the index uses to prove its candidates hold the exact top k.
 */
final class Int8Codes {
    static final int MAX_CODE = 127;

    private Int8Codes() {
    }

    /** Writes the codes of {@code vector} into {@code codes} from {@code offset} and returns the vector's scale. */
    static float encode(float[] vector, byte[] codes, int offset) {
        float max = 0;
        for (float x : vector) {
            max = Math.max(max, Math.abs(x));
        }
        if (max == 0 || !Float.isFinite(max)) {
            java.util.Arrays.fill(codes, offset, offset + vector.length, (byte) 0);
            return max == 0 ? 0 : Float.NaN;
        }
        float scale = max / MAX_CODE;
        for (int i = 0; i < vector.length; i++) {
            int code = Math.round(vector[i] / scale);
            codes[offset + i] = (byte) Math.max(-MAX_CODE, Math.min(MAX_CODE, code));
        }
        return scale;
    }

    /** Σ|q|: with a vector's scale, half of scale × this bounds the error of its approximate dot product. */
    static float l1Norm(float[] query) {
        float sum = 0;
        for (float x : query) {
            sum += Math.abs(x);
        }
        return sum;
    }
}
