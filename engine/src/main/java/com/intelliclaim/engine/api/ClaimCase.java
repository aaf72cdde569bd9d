package com.intelliclaim.engine.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A claim case as stored: the claim it is about and where it stands. Its documents and decisions are read
 * separately ({@link IntelliClaimEngine#caseDocuments}, {@link IntelliClaimEngine#caseDecisions}).
 *
 * @param id           a stable identifier (a UUID string), the same on every machine
 * @param claimNumber  the insurer's claim number, unique among the cases
 * @param claimant     who claims; "" when not yet known
 * @param policyNumber the policy the claim is made under; "" when not yet known
 * @param status       where the case stands
 * @param createdAt    when the case was created
 * @param updatedAt    when it was last changed (its creation, for version 1)
 * @param updatedBy    who made the current version
 * @param version      1 when created, one more with every update; earlier versions are kept in the case history
 */
public record ClaimCase(String id, String claimNumber, String claimant, String policyNumber, CaseStatus status,
                        Instant createdAt, Instant updatedAt, String updatedBy, long version) {
    public ClaimCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(claimNumber, "claimNumber");
        claimant = claimant == null ? "" : claimant;
        policyNumber = policyNumber == null ? "" : policyNumber;
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("A case version starts at 1, not " + version + ".");
        }
    }

    /** An update that changes nothing yet: edit it with the {@code with…} methods of {@link CaseUpdate}. */
    public CaseUpdate toUpdate(String analyst) {
        return new CaseUpdate(claimNumber, claimant, policyNumber, status, version, analyst);
    }
}
