package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.CaseNotFoundException;
import com.intelliclaim.engine.api.CaseOrigin;
import com.intelliclaim.engine.api.CaseUpdate;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.InvalidCaseException;
import com.intelliclaim.engine.api.NewCase;
import java.util.List;
import java.util.Optional;

/**
 * Claim cases, their documents (by content hash) and the decisions made in them. Every change is one transaction;
 * an update keeps the version it replaces in the case history, so no version of a case is ever lost. Thread-safe.
 */
public interface CaseStore {
    /**
     * Creates a case at version 1 with status OPEN.
     *
     * @throws InvalidCaseException when another case has the same claim number
     */
    ClaimCase create(NewCase draft);

    /**
     * Replaces a case's fields with the update's, as version + 1, after copying the current version to the history.
     *
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when the case changed since the update's base version, or the new claim number
     *                               belongs to another case
     */
    ClaimCase update(String id, CaseUpdate update);

    /** The case with this id, else the one with this claim number (exactly, else ignoring case); empty if none. */
    Optional<ClaimCase> find(String idOrClaimNumber);

    /** Every case, most recently changed first. */
    List<ClaimCase> list();

    /** The earlier versions of a case, oldest first (empty for a case never updated). */
    List<ClaimCase> history(String id);

    /** Who created the case and whether it came from a teammate through team sync; empty when no case has this id. */
    Optional<CaseOrigin> origin(String id);

    /**
     * Links an indexed document (the edit names it by its SHA-256) to a case as version + 1, after copying the current
     * version to the history with what changed ("Attached policy.pdf").
     *
     * @return the case as changed; as it was when the document was linked already (nothing changes)
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when the case changed since the edit's base version, or no indexed document has
     *                               this SHA-256
     */
    ClaimCase attach(CaseDocumentEdit edit);

    /**
     * Unlinks a document (by its SHA-256) from a case as version + 1, like {@link #attach}. The document itself
     * stays indexed.
     *
     * @return the case as changed; as it was when the document was not linked (nothing changes)
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when the case changed since the edit's base version
     */
    ClaimCase detach(CaseDocumentEdit edit);

    /** Every version of a case, oldest first, each with who made it, when and what it changed. */
    List<CaseChange> changes(String id);

    /** The documents of a case in the order they were attached, each saying whether it is indexed now. */
    List<CaseDocument> documents(String caseId);

    /** The decisions made in a case, newest first, overrides included, with their notes. */
    List<DecisionRecord> decisions(String caseId);
}
