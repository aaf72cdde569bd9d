package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.ClaimFacts;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/** The claim as the rules see it: its facts, and what follows from them (policy months, age at entry, accident). */
record Claim(ClaimFacts facts, String query, LocalDate today) {
    private static final Pattern ACCIDENT = Pattern.compile(
            "\\b(accident\\w*|injur\\w*|fractur\\w*|trauma\\w*|burns?|road traffic|rta)\\b");

    String procedure() {
        return facts.procedure() == null || facts.procedure().isBlank() ? null : facts.procedure().strip();
    }

    /** Whole months the policy had run at admission: the fact, or counted from the inception and admission dates. */
    Integer policyMonths() {
        if (facts.policyAgeMonths() != null) {
            return facts.policyAgeMonths();
        }
        if (facts.policyStartDate() != null) {
            LocalDate end = facts.admissionDate() != null ? facts.admissionDate() : today;
            return (int) Math.max(0, ChronoUnit.MONTHS.between(facts.policyStartDate(), end));
        }
        return null;
    }

    /** Months of earlier continuous cover carried over (portability), 0 when none is stated. */
    int priorMonths() {
        return facts.priorCoverMonths() == null ? 0 : facts.priorCoverMonths();
    }

    /** The claimant's age when the policy started, when age and policy age are known. */
    Integer ageAtEntry() {
        Integer months = policyMonths();
        return facts.age() == null || months == null ? null : facts.age() - months / 12;
    }

    /** Whether the question or the procedure says the claim arises from an accident or injury. */
    boolean accidental() {
        String text = (query + " " + (facts.procedure() == null ? "" : facts.procedure())).toLowerCase(java.util.Locale.ROOT);
        return ACCIDENT.matcher(text).find();
    }
}
