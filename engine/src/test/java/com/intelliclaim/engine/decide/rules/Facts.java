package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.ClaimFacts;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Claim facts for tests, stated one at a time. */
final class Facts {
    private Integer age;
    private String procedure;
    private String location;
    private Integer months;
    private BigDecimal sumInsured;
    private BigDecimal claimed;
    private Boolean network;
    private Integer prior;
    private Boolean preExisting;
    private LocalDate admission;
    private LocalDate start;

    static Facts of(String procedure) {
        Facts f = new Facts();
        f.procedure = procedure;
        return f;
    }

    Facts age(int years) {
        age = years;
        return this;
    }

    Facts months(int policyMonths) {
        months = policyMonths;
        return this;
    }

    Facts in(String city) {
        location = city;
        return this;
    }

    Facts sumInsured(String amount) {
        sumInsured = new BigDecimal(amount);
        return this;
    }

    Facts claimed(String amount) {
        claimed = new BigDecimal(amount);
        return this;
    }

    Facts network(boolean inNetwork) {
        network = inNetwork;
        return this;
    }

    Facts priorCover(int priorMonths) {
        prior = priorMonths;
        return this;
    }

    Facts preExisting(boolean pre) {
        preExisting = pre;
        return this;
    }

    Facts dates(String policyStart, String admitted) {
        start = LocalDate.parse(policyStart);
        admission = LocalDate.parse(admitted);
        return this;
    }

    ClaimFacts build() {
        return new ClaimFacts(age, null, procedure, location, months, sumInsured, claimed,
                sumInsured != null || claimed != null ? "INR" : null, null, network, prior, preExisting, admission, start);
    }
}
