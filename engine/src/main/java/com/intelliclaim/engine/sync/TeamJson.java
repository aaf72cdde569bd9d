package com.intelliclaim.engine.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import java.util.List;

/**
 * The JSON of a decision's structured parts in the team database (jsonb): the same shape as the local store writes
 * (ISO instants, exact decimals, unknown fields skipped so a newer teammate's record still reads).
 */
final class TeamJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    static final JavaType CITATIONS = list(Citation.class);
    static final JavaType STRINGS = list(String.class);
    static final JavaType AUDIT_TRAIL = list(AuditStep.class);

    private TeamJson() {
    }

    private static JavaType list(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision record part could not be written as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type, String id, String part) {
        return read(json, MAPPER.constructType(type), id, part);
    }

    static <T> T read(String json, JavaType type, String id, String part) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new SyncException("Decision " + id + " in the team database is damaged: its " + part
                    + " cannot be read.", false, e);
        }
    }
}
