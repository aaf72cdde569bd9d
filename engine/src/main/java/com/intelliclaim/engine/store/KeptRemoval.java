package com.intelliclaim.engine.store;

import java.time.Instant;

/**
 * A teammate's removal of a document that a case or decision here still needs (H2 {@code team_removal_kept}): the
 * document stays until nothing here needs it, then the removal applies.
 *
 * @param documentName the document's name here
 * @param keptSince    when the removal was first kept aside
 */
public record KeptRemoval(String sha256, String documentName, String removedBy, Instant removedAt,
                          Instant keptSince) {
}
