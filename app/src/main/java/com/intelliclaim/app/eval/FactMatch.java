package com.intelliclaim.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a fact was read right. Numbers compare by value; a procedure or diagnosis matches when one contains the
 * other ("knee surgery" and "knee replacement surgery"), case aside; other text matches case-insensitively; a fact
 * the scenario gives as null must not have been read.
 */
public final class FactMatch {
    private static final Set<String> LOOSE_TEXT = Set.of("procedure", "diagnosis");

    private FactMatch() {
    }

    public static boolean matches(String field, JsonNode expected, JsonNode actual) {
        boolean expectedNull = expected == null || expected.isNull();
        boolean actualNull = actual == null || actual.isNull() || actual.isMissingNode();
        if (expectedNull || actualNull) {
            return expectedNull && actualNull;
        }
        if (expected.isNumber()) {
            return actual.isNumber() && expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isBoolean()) {
            return actual.isBoolean() && expected.booleanValue() == actual.booleanValue();
        }
        String want = expected.asText().strip().toLowerCase(Locale.ROOT);
        String got = actual.asText().strip().toLowerCase(Locale.ROOT);
        if (LOOSE_TEXT.contains(field)) {
            return !want.isEmpty() && !got.isEmpty() && (got.contains(want) || want.contains(got));
        }
        return want.equals(got);
    }
}
