package com.intelliclaim.engine.index;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the fastest dot-product kernel this runtime supports. */
final class DotKernels {
    private static final Logger LOG = LoggerFactory.getLogger(DotKernels.class);
    private static final String SIMD_CLASS = "com.intelliclaim.engine.index.SimdDotKernel";
    private static final String SIMD_CODE_CLASS = "com.intelliclaim.engine.index.SimdCodeDotKernel";

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
        DotKernel simd = load(SIMD_CLASS, DotKernel.class);
        return simd != null ? simd : new PlainDotKernel();
    }

    /** The SIMD kernel over 8-bit codes, or the plain one (logged) when it cannot be loaded. */
    static CodeDotKernel simdCodes() {
        CodeDotKernel simd = load(SIMD_CODE_CLASS, CodeDotKernel.class);
        return simd != null ? simd : new PlainDotKernel();
    }

    /**
     * The kernels a new index uses: with the Vector API, an 8-bit first pass rescored with floats (unless the system
     * property {@value ScanKernels#SCAN_PROPERTY} is {@code exact}); without it, plain loops over the floats only,
     * because a scalar loop over codes is no faster than one over floats (it is the SIMD widening that pays).
     */
    static ScanKernels bestScan(int parallelThreshold) {
        boolean codes = simdAvailable() && !"exact".equals(System.getProperty(ScanKernels.SCAN_PROPERTY));
        return new ScanKernels(best(), codes ? simdCodes() : null, parallelThreshold);
    }

    private static <T> T load(String className, Class<T> type) {
        try {
            // By name, so that the class (and its Vector API references) is resolved only here.
            return type.cast(Class.forName(className).getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError e) {
            LOG.warn("Vector API kernel unavailable, using plain loops: {}", e.toString());
            return null;
        }
    }
}
