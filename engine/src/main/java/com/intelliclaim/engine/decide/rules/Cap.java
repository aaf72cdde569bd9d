package com.intelliclaim.engine.decide.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A limit as a wording states it: an amount, a share of the sum insured, or both ("25% of Sum Insured or INR 40,000,
 * whichever is lower"; "10% of Sum Insured subject to maximum of Rs. 50,000"), and what it is counted per.
 *
 * @param money          the amount, or null
 * @param percent        the share of the sum insured in percent, or null
 * @param higher         true when the wording takes the higher of the two ("whichever is higher"), else the lower
 * @param per            what the limit is counted per
 * @param wording        the words of the limit as written
 */
record Cap(BigDecimal money, BigDecimal percent, boolean higher, Per per, String wording) {

    enum Per {
        CLAIM("per claim"), DAY("per day"), EYE("per eye"), YEAR("per policy year");

        private final String words;

        Per(String words) {
            this.words = words;
        }

        String words() {
            return words;
        }
    }

    Cap {
        if (money == null && percent == null) {
            throw new IllegalArgumentException("a limit needs an amount or a share of the sum insured");
        }
    }

    /**
     * The limit in money for a sum insured (null when not known). Empty when it cannot be known: a share of an
     * unknown sum insured, or the higher of an amount and such a share. With only the lower-of form and no sum
     * insured, the amount is the most the limit can be, so it is returned.
     */
    Optional<BigDecimal> amount(BigDecimal sumInsured) {
        BigDecimal share = percent == null || sumInsured == null ? null : ClauseAmounts.percentOf(percent, sumInsured);
        if (money != null && percent != null) {
            if (share == null) {
                return higher ? Optional.empty() : Optional.of(money);
            }
            return Optional.of(higher ? money.max(share) : money.min(share));
        }
        return Optional.ofNullable(money != null ? money : share);
    }

    /** Whether the amount depends on a sum insured that is not known. */
    boolean needsSumInsured(BigDecimal sumInsured) {
        return percent != null && sumInsured == null;
    }
}
