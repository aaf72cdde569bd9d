package com.intelliclaim.engine.api;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The claimant's gender as the claim states it; written {@code male} / {@code female} in JSON. */
public enum Gender {
    MALE, FEMALE;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
