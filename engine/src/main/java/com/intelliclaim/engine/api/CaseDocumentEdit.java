package com.intelliclaim.engine.api;

import java.util.Objects;

/**
 * Attaching a document to a case or detaching it, made from the version of the case the analyst saw: refused when the
 * case has changed since, like an edit of its fields ({@link CaseUpdate}).
 *
 * @param caseId      the case's id
 * @param document    the document: as {@code --document} names it (a file name or the start of its SHA-256)
 * @param analyst     who attaches or detaches it; null or blank for the OS user
 * @param baseVersion the version of the case the change was made on
 */
public record CaseDocumentEdit(String caseId, String document, String analyst, long baseVersion) {
    public CaseDocumentEdit {
        Objects.requireNonNull(caseId, "caseId");
        if (document == null || document.isBlank()) {
            throw new InvalidQueryException("Name the document: its file name or the start of its SHA-256.");
        }
        document = document.strip();
        analyst = CaseFields.analyst(analyst);
    }

    /** The same change naming the document by its full SHA-256. */
    public CaseDocumentEdit withDocument(String sha256) {
        return new CaseDocumentEdit(caseId, sha256, analyst, baseVersion);
    }
}
