package com.intelliclaim.engine.api;

/**
 * A case to create. Fields are stripped of surrounding spaces; the claim number is required, the others may be
 * empty and filled in later.
 *
 * @param claimNumber  the insurer's claim number (1 to 64 characters), unique among the cases
 * @param claimant     who claims, or empty
 * @param policyNumber the policy, or empty
 * @param analyst      who creates it; null or blank for the OS user
 * @throws InvalidCaseException when the claim number is empty or a field is too long or holds line breaks
 */
public record NewCase(String claimNumber, String claimant, String policyNumber, String analyst) {
    public NewCase {
        claimNumber = CaseFields.claimNumber(claimNumber);
        claimant = CaseFields.claimant(claimant);
        policyNumber = CaseFields.policyNumber(policyNumber);
        analyst = CaseFields.analyst(analyst);
    }
}
