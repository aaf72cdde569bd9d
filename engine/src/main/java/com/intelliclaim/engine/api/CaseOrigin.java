package com.intelliclaim.engine.api;

import java.time.Instant;

/**
 * Where a case comes from: made in this data folder, or a teammate's case received through team sync.
 *
 * @param createdBy    who created the case
 * @param receivedFrom for a teammate's case, the analyst whose sync sent it; null for a case made here
 * @param receivedAt   when it first arrived here; null for a case made here
 */
public record CaseOrigin(String createdBy, String receivedFrom, Instant receivedAt) {
    /** Whether the case was made by a teammate and came through team sync. */
    public boolean fromTeammate() {
        return receivedFrom != null;
    }
}
