package com.intelliclaim.engine.decide;

import com.intelliclaim.engine.api.ClaimFacts;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The facts a claim states, by field name in declaration order, for audit lines, printing and scoring. */
public final class StatedFacts {
    private StatedFacts() {
    }

    /** Field name to value of every stated (non-null) fact, in the order {@link ClaimFacts} declares them. */
    public static Map<String, Object> of(ClaimFacts facts) {
        Map<String, Object> stated = new LinkedHashMap<>();
        for (RecordComponent component : ClaimFacts.class.getRecordComponents()) {
            Object value = valueOf(component, facts);
            if (value != null) {
                stated.put(component.getName(), value);
            }
        }
        return Collections.unmodifiableMap(stated);
    }

    /** "age=46, gender=MALE, procedure=knee surgery", or "none" when nothing is stated. */
    public static String describe(ClaimFacts facts) {
        Map<String, Object> stated = of(facts);
        return stated.isEmpty() ? "none" : stated.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }

    private static Object valueOf(RecordComponent component, ClaimFacts facts) {
        try {
            return component.getAccessor().invoke(facts);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record accessor is public and cannot throw", e);
        }
    }
}
