package com.intelliclaim.engine.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a claim question states about the claim. A fact that is not stated is {@code null} — never guessed — so the
 * analyst sees which facts were read and can correct them.
 *
 * @param age               the claimant's age in years
 * @param gender            the claimant's gender
 * @param procedure         the procedure or diagnosis in the vocabulary's words ("knee surgery", "cataract surgery")
 * @param location          the city or place of treatment
 * @param policyAgeMonths   whole months the policy had run at admission (a new policy is 0)
 * @param sumInsured        the sum insured, in {@link #currency}
 * @param amountClaimed     the amount claimed, in {@link #currency}
 * @param currency          ISO code of the amounts ("INR", "USD"); null when no amount is stated
 * @param hospitalDays      days in hospital
 * @param networkHospital   whether the hospital is in the insurer's network
 * @param priorCoverMonths  months of earlier continuous cover carried over (portability)
 * @param preExisting       whether the condition is stated to be pre-existing
 * @param admissionDate     the date of admission
 * @param policyStartDate   the date the policy started (inception)
 */
public record ClaimFacts(
        Integer age,
        Gender gender,
        String procedure,
        String location,
        Integer policyAgeMonths,
        BigDecimal sumInsured,
        BigDecimal amountClaimed,
        String currency,
        Integer hospitalDays,
        Boolean networkHospital,
        Integer priorCoverMonths,
        Boolean preExisting,
        LocalDate admissionDate,
        LocalDate policyStartDate) {

    /** No facts at all. */
    public static final ClaimFacts NONE =
            new ClaimFacts(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
}
