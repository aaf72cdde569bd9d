package com.intelliclaim.engine.store;

/**
 * What an outbox row records. The row's {@code ref} is the natural key of the changed thing: the sha256 of a
 * {@link #DOCUMENT} or of a {@link #DOCUMENT_REMOVED}, the id of a {@link #DECISION} or {@link #OVERRIDE} record, the
 * id of the decision a {@link #NOTE} was added to, the id of a {@link #CASE} (created or updated), and for a
 * {@link #CASE_DOCUMENT} (a document attached to or detached from a case) the case id, "/", the document's sha256.
 */
public enum ChangeKind {
    DOCUMENT,
    DECISION,
    OVERRIDE,
    NOTE,
    CASE,
    CASE_DOCUMENT,
    DOCUMENT_REMOVED;

    /** The ref of a {@link #CASE_DOCUMENT} change. */
    public static String caseDocumentRef(String caseId, String sha256) {
        return caseId + "/" + sha256;
    }
}
