package com.intelliclaim.engine.sync;

import java.util.List;

/** What {@code sync doctor} found, one check after the other in the order they ran. */
public record DoctorReport(List<DoctorCheck> checks) {
    public DoctorReport {
        checks = List.copyOf(checks);
    }

    /** True when every check passed (informational checks always pass). */
    public boolean passed() {
        return checks.stream().allMatch(DoctorCheck::passed);
    }
}
