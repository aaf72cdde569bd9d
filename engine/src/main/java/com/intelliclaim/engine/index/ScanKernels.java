package com.intelliclaim.engine.index;

/**
 * How an {@link ExactVectorIndex} scans.
 *
 * @param exact             dot products over the stored floats: the scores returned
 * @param codes             dot products over 8-bit codes for a first pass whose shortlist is rescored with
 *                          {@code exact}; null to scan the floats only
 * @param parallelThreshold above this many vectors a scan is split over the cores
 */
record ScanKernels(DotKernel exact, CodeDotKernel codes, int parallelThreshold) {
    /**
     * Names the system property that turns the 8-bit first pass off ({@code exact}) — for comparing the two in one
     * benchmark run, not a user setting.
     */
    static final String SCAN_PROPERTY = "intelliclaim.vectorScan";

    ScanKernels {
        java.util.Objects.requireNonNull(exact, "exact");
        if (parallelThreshold < 1) {
            throw new IllegalArgumentException("parallelThreshold must be positive, was " + parallelThreshold);
        }
    }

    /** Floats only, split above the given size. */
    static ScanKernels exactOnly(DotKernel exact, int parallelThreshold) {
        return new ScanKernels(exact, null, parallelThreshold);
    }

    boolean usesCodes() {
        return codes != null;
    }
}
