package com.intelliclaim.engine.api;

import java.util.Objects;

/**
 * New values for every field of a case, made from the version the analyst saw: the update is refused when the case
 * has changed since ({@code baseVersion} no longer current), so one analyst's edit never silently replaces another's.
 * Start from {@link ClaimCase#toUpdate}.
 *
 * @param claimNumber  required, unique among the cases
 * @param claimant     may be empty
 * @param policyNumber may be empty
 * @param status       the new status
 * @param baseVersion  the version of the case the edit was made on
 * @param analyst      who updates it; null or blank for the OS user
 * @throws InvalidCaseException when the claim number is empty or a field is too long or holds line breaks
 */
public record CaseUpdate(String claimNumber, String claimant, String policyNumber, CaseStatus status,
                         long baseVersion, String analyst) {
    public CaseUpdate {
        claimNumber = CaseFields.claimNumber(claimNumber);
        claimant = CaseFields.claimant(claimant);
        policyNumber = CaseFields.policyNumber(policyNumber);
        Objects.requireNonNull(status, "status");
        analyst = CaseFields.analyst(analyst);
    }

    public CaseUpdate withStatus(CaseStatus newStatus) {
        return new CaseUpdate(claimNumber, claimant, policyNumber, newStatus, baseVersion, analyst);
    }

    public CaseUpdate withFields(String newClaimNumber, String newClaimant, String newPolicyNumber) {
        return new CaseUpdate(newClaimNumber, newClaimant, newPolicyNumber, status, baseVersion, analyst);
    }
}
