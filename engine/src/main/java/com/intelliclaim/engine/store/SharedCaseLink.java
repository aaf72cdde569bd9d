package com.intelliclaim.engine.store;

import java.time.Instant;

/**
 * A document's link to a case as it travels between analysts: attached or detached, with when and by whom; the later
 * change wins.
 *
 * @param documentName the document's name when it was attached
 */
public record SharedCaseLink(String caseId, String sha256, String documentName, boolean attached, Instant changedAt,
                             String changedBy) {
}
