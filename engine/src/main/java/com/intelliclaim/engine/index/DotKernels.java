package com.intelliclaim.engine.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the fastest dot-product kernel this runtime supports. */
final class DotKernels {
    private static final Logger LOG = LoggerFactory.getLogger(DotKernels.class);
    private static final String SIMD_CLASS = "com.intelliclaim.engine.index.SimdDotKernel";

    private DotKernels() {
    }

    static boolean simdAvailable() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();
    }

    /** The SIMD kernel when the module is present, else the plain one. */
    static DotKernel best() {
        return simdAvailable() ? simd() : new PlainDotKernel();
    }

    /** The SIMD kernel, or the plain one (logged) when it cannot be loaded. */
    static DotKernel simd() {
        try {
            // By name, so that the class (and its Vector API references) is resolved only here.
            return (DotKernel) Class.forName(SIMD_CLASS).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("Vector API kernel unavailable, using plain loops: {}", e.toString());
            return new PlainDotKernel();
        }
    }
}
