package com.intelliclaim.engine.api;

import java.util.regex.Pattern;

/** The checks of a case's fields, with the messages an analyst reads. */
final class CaseFields {
    static final int MAX_CLAIM_NUMBER = 64;
    static final int MAX_CLAIMANT = 255;
    static final int MAX_POLICY_NUMBER = 64;
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private CaseFields() {
    }

    static String claimNumber(String value) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new InvalidCaseException("The claim number is empty; every case needs the insurer's claim number.");
        }
        return checked("claim number", v, MAX_CLAIM_NUMBER);
    }

    static String claimant(String value) {
        return checked("claimant's name", value == null ? "" : value.strip(), MAX_CLAIMANT);
    }

    static String policyNumber(String value) {
        return checked("policy number", value == null ? "" : value.strip(), MAX_POLICY_NUMBER);
    }

    private static String checked(String what, String value, int max) {
        if (value.length() > max) {
            throw new InvalidCaseException("The " + what + " is " + value.length() + " characters long; the limit is "
                    + max + ".");
        }
        if (CONTROL.matcher(value).find()) {
            throw new InvalidCaseException("The " + what + " '" + value.replaceAll("\\p{Cntrl}", "?")
                    + "' contains a line break or another control character.");
        }
        return value;
    }

    static String analyst(String value) {
        return value == null || value.isBlank() ? System.getProperty("user.name", "analyst") : value.strip();
    }
}
