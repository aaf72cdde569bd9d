package com.intelliclaim.engine.index;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * Dot product with the incubating Vector API. Only {@link DotKernels} names this class, and only after checking that
 * the module is present, so a runtime without {@code --add-modules jdk.incubator.vector} never loads it.
 */
final class SimdDotKernel implements DotKernel {
    private static final VectorSpecies<Float> SPECIES = FloatVector.SPECIES_PREFERRED;

    /**
     * Four independent accumulators: a single one makes every fused multiply-add wait for the previous one, while
     * four keep the CPU's FMA units busy (measured: about twice as fast at 384 dimensions).
     */
    @Override
    public float dot(float[] storage, int offset, float[] query) {
        int n = query.length;
        int lanes = SPECIES.length();
        int bound4 = n - n % (4 * lanes);
        FloatVector s0 = FloatVector.zero(SPECIES);
        FloatVector s1 = FloatVector.zero(SPECIES);
        FloatVector s2 = FloatVector.zero(SPECIES);
        FloatVector s3 = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < bound4; i += 4 * lanes) {
            s0 = FloatVector.fromArray(SPECIES, storage, offset + i).fma(FloatVector.fromArray(SPECIES, query, i), s0);
            s1 = FloatVector.fromArray(SPECIES, storage, offset + i + lanes)
                    .fma(FloatVector.fromArray(SPECIES, query, i + lanes), s1);
            s2 = FloatVector.fromArray(SPECIES, storage, offset + i + 2 * lanes)
                    .fma(FloatVector.fromArray(SPECIES, query, i + 2 * lanes), s2);
            s3 = FloatVector.fromArray(SPECIES, storage, offset + i + 3 * lanes)
                    .fma(FloatVector.fromArray(SPECIES, query, i + 3 * lanes), s3);
        }
        int bound = SPECIES.loopBound(n);
        for (; i < bound; i += lanes) {
            s0 = FloatVector.fromArray(SPECIES, storage, offset + i).fma(FloatVector.fromArray(SPECIES, query, i), s0);
        }
        float result = s0.add(s1).add(s2.add(s3)).reduceLanes(VectorOperators.ADD);
        for (; i < n; i++) {
            result += storage[offset + i] * query[i];
        }
        return result;
    }

    @Override
    public String name() {
        return "simd";
    }
}
