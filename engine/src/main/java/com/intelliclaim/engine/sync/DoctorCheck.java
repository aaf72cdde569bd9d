package com.intelliclaim.engine.sync;

/**
 * One check of {@code sync doctor}: its name ("Bucket writable"), whether it passed, and in plain words what was found
 * or what is wrong and what to do about it.
 */
public record DoctorCheck(String name, boolean passed, String detail) {
    public DoctorCheck {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A doctor check needs a name.");
        }
        detail = detail == null ? "" : detail;
    }

    static DoctorCheck pass(String name, String detail) {
        return new DoctorCheck(name, true, detail);
    }

    static DoctorCheck fail(String name, String detail) {
        return new DoctorCheck(name, false, detail);
    }
}
