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

    @Override
    public float dot(float[] storage, int offset, float[] query) {
        int n = query.length;
        int bound = SPECIES.loopBound(n);
        FloatVector sum = FloatVector.zero(SPECIES);
        int i = 0;
        for (; i < bound; i += SPECIES.length()) {
            FloatVector a = FloatVector.fromArray(SPECIES, storage, offset + i);
            FloatVector b = FloatVector.fromArray(SPECIES, query, i);
            sum = a.fma(b, sum);
        }
        float result = sum.reduceLanes(VectorOperators.ADD);
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
