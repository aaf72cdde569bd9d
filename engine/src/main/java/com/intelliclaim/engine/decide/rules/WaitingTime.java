package com.intelliclaim.engine.decide.rules;

import java.time.LocalDate;

/**
 * A length of time a wording states ("30 days", "thirty six (36) months", "two years").
 *
 * @param amount how many units
 * @param unit   days, months or years
 */
record WaitingTime(int amount, Unit unit) {

    enum Unit { DAYS, MONTHS, YEARS }

    WaitingTime {
        if (amount < 0) {
            throw new IllegalArgumentException("a duration cannot be negative: " + amount);
        }
    }

    /** The length in months; days count as thirtieths of a month (30 days = 1 month, 90 days = 3 months). */
    double months() {
        return switch (unit) {
            case DAYS -> amount / 30.0;
            case MONTHS -> amount;
            case YEARS -> amount * 12.0;
        };
    }

    /** The day this much time after {@code start} ends. */
    LocalDate after(LocalDate start) {
        return switch (unit) {
            case DAYS -> start.plusDays(amount);
            case MONTHS -> start.plusMonths(amount);
            case YEARS -> start.plusYears(amount);
        };
    }

    /** Plain words: "30 days", "24 months", "2 years". */
    @Override
    public String toString() {
        String name = unit.name().toLowerCase(java.util.Locale.ROOT);
        return amount + " " + (amount == 1 ? name.substring(0, name.length() - 1) : name);
    }
}
