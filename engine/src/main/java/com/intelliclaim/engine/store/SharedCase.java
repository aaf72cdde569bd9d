package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.ClaimCase;
import java.util.List;
import java.util.Objects;

/**
 * A case as it travels between analysts: its current version, who created it, every other version known (its
 * history, the losing versions of conflicting edits included) and the change notes of those versions that have one
 * (an attach or a detach), each with its own version.
 */
public record SharedCase(ClaimCase current, String createdBy, List<ClaimCase> history, List<CaseVersionNote> notes) {
    public SharedCase {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(createdBy, "createdBy");
        history = List.copyOf(history);
        notes = List.copyOf(notes);
    }

    /** A case none of whose versions has a change note. */
    public SharedCase(ClaimCase current, String createdBy, List<ClaimCase> history) {
        this(current, createdBy, history, List.of());
    }

    /** What made {@code version} ("Attached policy.pdf"); null when its fields show it or nobody noted it. */
    public String noteOf(ClaimCase version) {
        return CaseVersionNote.of(notes, version);
    }
}
