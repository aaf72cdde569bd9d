package com.intelliclaim.engine.decide.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;

/**
 * Lengths of time as the readers write them in their patterns, and their value in whole months (a 45-day-old policy
 * has run 1 month). {@link #DURATION} takes four groups: amount, unit, and an optional "and 3 months" amount and unit.
 */
final class Durations {
    static final String UNIT = "(years?|yrs?|months?|mths?|mos?|weeks?|wks?|days?)\\b";
    static final String DURATION = "(\\d+(?:\\.\\d+)?) ?-? ?" + UNIT
            + "(?: (?:and )?(\\d+) ?-? ?(months?|mths?|mos?|weeks?|days?)\\b)?";
    /** Years and months only: earlier cover is never counted in days. */
    static final String LONG_DURATION = "(\\d+(?:\\.\\d+)?) ?-? ?(years?|yrs?|months?|mths?|mos?)\\b"
            + "(?: (?:and )?(\\d+) ?-? ?(months?|mths?|mos?)\\b)?";

    private Durations() {
    }

    /** Whole months of the duration whose amount is group {@code first} of {@code m} and unit group first + 1. */
    static int months(Matcher m, int first) {
        BigDecimal months = inMonths(new BigDecimal(m.group(first)), m.group(first + 1));
        if (m.group(first + 2) != null) {
            months = months.add(inMonths(new BigDecimal(m.group(first + 2)), m.group(first + 3)));
        }
        return months.setScale(0, RoundingMode.FLOOR).intValueExact();
    }

    private static BigDecimal inMonths(BigDecimal amount, String unit) {
        return switch (unit.charAt(0)) {
            case 'y' -> amount.multiply(BigDecimal.valueOf(12));
            case 'w' -> amount.multiply(BigDecimal.valueOf(7)).divide(BigDecimal.valueOf(30), 2, RoundingMode.FLOOR);
            case 'd' -> amount.divide(BigDecimal.valueOf(30), 2, RoundingMode.FLOOR);
            default -> amount;
        };
    }
}
