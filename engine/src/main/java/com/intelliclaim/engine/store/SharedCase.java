package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.ClaimCase;
import java.util.List;
import java.util.Objects;

/**
 * A case as it travels between analysts: its current version, who created it, and every other version known (its
 * history, the losing versions of conflicting edits included).
 */
public record SharedCase(ClaimCase current, String createdBy, List<ClaimCase> history) {
    public SharedCase {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(createdBy, "createdBy");
        history = List.copyOf(history);
    }
}
