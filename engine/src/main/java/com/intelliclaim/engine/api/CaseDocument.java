package com.intelliclaim.engine.api;

import java.time.Instant;

/**
 * A document attached to a case. The link is by content hash, so it survives removing and re-ingesting the file.
 *
 * @param sha256     the document's identity
 * @param name       its name: the indexed document's current name, or the name it had when attached
 * @param attachedAt when it was attached
 * @param attachedBy who attached it
 * @param indexed    whether a document with this hash is indexed now (asking within the case searches only those)
 */
public record CaseDocument(String sha256, String name, Instant attachedAt, String attachedBy, boolean indexed) {
}
