package com.intelliclaim.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.EngineException;
import java.util.List;

/**
 * The JSON of a decision record's structured parts as stored: ISO dates and instants, decimals exactly as given (so
 * 2E+5 reads back as 2E+5, equal to what was stored). Unknown fields are skipped, so a part written before a record
 * gained a field still reads (the new field is null).
 */
public final class DecisionJson {
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static final JavaType CITATIONS = list(Citation.class);
    public static final JavaType STRINGS = list(String.class);
    public static final JavaType AUDIT_TRAIL = list(AuditStep.class);

    private DecisionJson() {
    }

    private static JavaType list(Class<?> element) {
        return MAPPER.getTypeFactory().constructCollectionType(List.class, element);
    }

    /** A part as JSON (team sync writes the same shape to the team database). */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a decision record part could not be written as JSON", e);
        }
    }

    /** Reads the part {@code column} of decision {@code id}; a part that does not parse is reported as damaged. */
    static <T> T read(String json, Class<T> type, String id, String column) {
        return read(json, MAPPER.constructType(type), id, column);
    }

    static <T> T read(String json, JavaType type, String id, String column) {
        try {
            return parse(json, type);
        } catch (JsonProcessingException e) {
            throw new EngineException("Decision " + id + " in the local database is damaged: its " + column
                    + " cannot be read.", e);
        }
    }

    /** The type of a part that is one object, for {@link #parse}. */
    public static JavaType type(Class<?> type) {
        return MAPPER.constructType(type);
    }

    /** A part read back (null for null); the caller says where a damaged part came from. */
    public static <T> T parse(String json, JavaType type) throws JsonProcessingException {
        return json == null ? null : MAPPER.readValue(json, type);
    }
}
