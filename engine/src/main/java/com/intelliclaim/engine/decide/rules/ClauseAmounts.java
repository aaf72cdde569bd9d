package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.decide.IndianMoney;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads money and shares of the sum insured as Indian wordings write them: "Rs 5,000", "Rs. 40,000/-", "INR 1,00,000",
 * "₹ 1 lakh", "Rs. 2 Lacs", "INR 50k", and "10% of Sum Insured", "1% of SI". A backquote stands for the rupee sign in
 * some PDFs whose font maps it so.
 */
final class ClauseAmounts {
    private static final Pattern MONEY = Pattern.compile(
            "\\G\\s*(?:rs\\.?|inr|\\u20B9|rupees|`)\\s*(?<n>\\d{1,3}(?:,\\d{2,3})+|\\d+(?:\\.\\d+)?)\\s*(?:/-)?"
                    + "\\s*(?<mult>lakhs?|lacs?|l\\b|crores?|cr\\b|k\\b|thousand)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT_OF_SI = Pattern.compile(
            "\\G\\s*(?<p>\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*of\\s+(?:the\\s+)?(?:(?:basic|annual|average)\\s+)?"
                    + "(?:sum\\s+insured|si)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ClauseAmounts() {
    }

    /** An amount of money or a share of the sum insured, and where its words end. */
    record Value(BigDecimal money, BigDecimal percentOfSumInsured, int end) {
        boolean isMoney() {
            return money != null;
        }
    }

    /** The money or share of the sum insured that starts at {@code from} (after white space), if any. */
    static Optional<Value> valueAt(String text, int from) {
        Matcher money = MONEY.matcher(text);
        if (money.find(from)) {
            return Optional.of(new Value(IndianMoney.scaled(money.group("n"), money.group("mult")), null, money.end()));
        }
        Matcher percent = PERCENT_OF_SI.matcher(text);
        if (percent.find(from)) {
            return Optional.of(new Value(null, new BigDecimal(percent.group("p")), percent.end()));
        }
        return Optional.empty();
    }

    /** The first amount of money anywhere in {@code text}. */
    static Optional<BigDecimal> firstMoney(String text) {
        for (int i = 0; i < text.length(); i++) {
            Matcher money = MONEY.matcher(text);
            if (money.find(i) && money.start() == i) {
                return Optional.of(IndianMoney.scaled(money.group("n"), money.group("mult")));
            }
        }
        return Optional.empty();
    }

    /** {@code percent}% of {@code base}. */
    static BigDecimal percentOf(BigDecimal percent, BigDecimal base) {
        return base.multiply(percent).divide(HUNDRED, 2, java.math.RoundingMode.HALF_UP).stripTrailingZeros();
    }

}
