package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseDocument;
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
     * Links an indexed document to a case; false when it was linked already (nothing changes).
     *
     * @throws CaseNotFoundException when no case has this id
     * @throws InvalidCaseException  when no indexed document has this SHA-256
     */
    boolean attach(String caseId, String sha256, String attachedBy);

    /** Unlinks a document from a case; false when it was not linked. The document itself stays indexed. */
    boolean detach(String caseId, String sha256);

    /** The documents of a case in the order they were attached, each saying whether it is indexed now. */
    List<CaseDocument> documents(String caseId);

    /** The decisions made in a case, newest first, overrides included, with their notes. */
    List<DecisionRecord> decisions(String caseId);
}
