package com.intelliclaim.engine.index;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dot product over 8-bit codes with the incubating Vector API: each group of codes is widened to floats in registers
 * and multiplied into the float query, so a scan reads a quarter of the bytes of a float scan (the float scan is
 * bound by memory bandwidth at 100k vectors). Only {@link DotKernels} names this class, after checking the module.
 */
final class SimdCodeDotKernel implements CodeDotKernel {
    private static final VectorSpecies<Float> FLOATS = FloatVector.SPECIES_PREFERRED;
    /** As many bytes as there are float lanes, so one byte load widens to exactly one float vector. */
    private static final VectorSpecies<Byte> BYTES = VectorSpecies.of(byte.class,
            VectorShape.forBitSize(FLOATS.length() * Byte.SIZE));

    @Override
    public float dot(byte[] codes, int offset, float[] query) {
        int n = query.length;
        int lanes = FLOATS.length();
        int bound4 = n - n % (4 * lanes);
        FloatVector s0 = FloatVector.zero(FLOATS);
        FloatVector s1 = FloatVector.zero(FLOATS);
        FloatVector s2 = FloatVector.zero(FLOATS);
        FloatVector s3 = FloatVector.zero(FLOATS);
        int i = 0;
        for (; i < bound4; i += 4 * lanes) {
            s0 = widen(codes, offset + i).fma(FloatVector.fromArray(FLOATS, query, i), s0);
            s1 = widen(codes, offset + i + lanes).fma(FloatVector.fromArray(FLOATS, query, i + lanes), s1);
            s2 = widen(codes, offset + i + 2 * lanes).fma(FloatVector.fromArray(FLOATS, query, i + 2 * lanes), s2);
            s3 = widen(codes, offset + i + 3 * lanes).fma(FloatVector.fromArray(FLOATS, query, i + 3 * lanes), s3);
        }
        int bound = FLOATS.loopBound(n);
        for (; i < bound; i += lanes) {
            s0 = widen(codes, offset + i).fma(FloatVector.fromArray(FLOATS, query, i), s0);
        }
        float result = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            result += codes[offset + i] * query[i];
        }
        return result;
    }

    private static FloatVector widen(byte[] codes, int offset) {
        return (FloatVector) ByteVector.fromArray(BYTES, codes, offset).convertShape(VectorOperators.B2F, FLOATS, 0);
    }

    @Override
    public String name() {
        return "simd";
    }
}
