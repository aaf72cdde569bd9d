package com.intelliclaim.engine.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where a claim case stands. A new case is {@link #OPEN}; any status may follow any other (the analyst decides). */
public enum CaseStatus {
    OPEN, IN_REVIEW, DECIDED, CLOSED;

    /** "Open", "In review", … for people. */
    public String label() {
        String words = name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /**
     * The status a person typed: its name in any case, with a space, hyphen or underscore between words.
     *
     * @throws InvalidCaseException naming the value and the statuses there are
     */
    public static CaseStatus parse(String text) {
        String key = text == null ? "" : text.strip().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (CaseStatus status : values()) {
            if (status.name().equals(key)) {
                return status;
            }
        }
        throw new InvalidCaseException("'" + text + "' is not a case status; use one of "
                + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")) + ".");
    }
}
