package com.intelliclaim.engine.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.intelliclaim.engine.store.DecisionJson;

/**
 * The JSON of a decision's structured parts in the team database (jsonb), read back: the very shape the local store
 * writes ({@link DecisionJson}, through {@code DecisionColumns}), with a damaged part reported as the team database's.
 */
final class TeamJson {
    static final JavaType CITATIONS = DecisionJson.CITATIONS;
    static final JavaType STRINGS = DecisionJson.STRINGS;
    static final JavaType AUDIT_TRAIL = DecisionJson.AUDIT_TRAIL;

    private TeamJson() {
    }

    static <T> T read(String json, Class<T> type, String id, String part) {
        return read(json, DecisionJson.type(type), id, part);
    }

    static <T> T read(String json, JavaType type, String id, String part) {
        try {
            return DecisionJson.parse(json, type);
        } catch (JsonProcessingException e) {
            throw new SyncException("Decision " + id + " in the team database is damaged: its " + part
                    + " cannot be read.", false, e);
        }
    }
}
