package com.intelliclaim.app.ask;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.Gender;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.Function;

/** One editable claim fact: its label, how it reads from {@link ClaimFacts}, and how typed text parses back. */
enum Fact {
    AGE("Age (years)", ClaimFacts::age, t -> whole(t, "Age", 0, 130)),
    GENDER("Gender (male/female)", ClaimFacts::gender, Fact::gender),
    PROCEDURE("Procedure", ClaimFacts::procedure, t -> t),
    LOCATION("Location", ClaimFacts::location, t -> t),
    POLICY_AGE_MONTHS("Policy age (months)", ClaimFacts::policyAgeMonths, t -> whole(t, "Policy age", 0, 1200)),
    SUM_INSURED("Sum insured", ClaimFacts::sumInsured, t -> money(t, "Sum insured")),
    AMOUNT_CLAIMED("Amount claimed", ClaimFacts::amountClaimed, t -> money(t, "Amount claimed")),
    CURRENCY("Currency (INR, USD…)", ClaimFacts::currency, Fact::currency),
    HOSPITAL_DAYS("Days in hospital", ClaimFacts::hospitalDays, t -> whole(t, "Days in hospital", 0, 3650)),
    NETWORK_HOSPITAL("Network hospital (yes/no)", ClaimFacts::networkHospital, t -> yesNo(t, "Network hospital")),
    PRIOR_COVER_MONTHS("Prior cover (months)", ClaimFacts::priorCoverMonths, t -> whole(t, "Prior cover", 0, 1200)),
    PRE_EXISTING("Pre-existing (yes/no)", ClaimFacts::preExisting, t -> yesNo(t, "Pre-existing")),
    ADMISSION_DATE("Admission date (YYYY-MM-DD)", ClaimFacts::admissionDate, t -> date(t, "Admission date")),
    POLICY_START_DATE("Policy start (YYYY-MM-DD)", ClaimFacts::policyStartDate, t -> date(t, "Policy start"));

    private final String label;
    private final Function<ClaimFacts, Object> read;
    private final Function<String, Object> parse;

    Fact(String label, Function<ClaimFacts, Object> read, Function<String, Object> parse) {
        this.label = label;
        this.read = read;
        this.parse = parse;
    }

    String label() {
        return label;
    }

    /** The fact as the analyst edits it: "" when not stated, yes/no for flags, plain numbers. */
    String text(ClaimFacts facts) {
        Object value = read.apply(facts);
        if (value == null) {
            return "";
        }
        if (value instanceof Boolean b) {
            return b ? "yes" : "no";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Gender g) {
            return g.json();
        }
        return value.toString();
    }

    /**
     * The typed text as the fact's value; null for blank (not stated).
     *
     * @throws IllegalArgumentException with a plain-words reason naming the value when it does not parse
     */
    Object parse(String text) {
        String t = text == null ? "" : text.strip();
        return t.isEmpty() ? null : parse.apply(t);
    }

    private static Integer whole(String t, String what, int min, int max) {
        try {
            int n = Integer.parseInt(t.replace(",", ""));
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(what + " must be a whole number from " + min + " to " + max + ", not \""
                + t + "\".");
    }

    private static BigDecimal money(String t, String what) {
        try {
            BigDecimal d = new BigDecimal(t.replace(",", "").replace("₹", "").strip());
            if (d.signum() >= 0) {
                return d;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw new IllegalArgumentException(what + " must be an amount such as 200000, not \"" + t + "\".");
    }

    private static Gender gender(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "male", "m" -> Gender.MALE;
            case "female", "f" -> Gender.FEMALE;
            default -> throw new IllegalArgumentException("Gender must be male or female, not \"" + t + "\".");
        };
    }

    private static String currency(String t) {
        if (!t.matches("[A-Za-z]{3}")) {
            throw new IllegalArgumentException("Currency must be a three-letter code such as INR, not \"" + t + "\".");
        }
        return t.toUpperCase(Locale.ROOT);
    }

    private static Boolean yesNo(String t, String what) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true" -> true;
            case "no", "n", "false" -> false;
            default -> throw new IllegalArgumentException(what + " must be yes or no, not \"" + t + "\".");
        };
    }

    private static LocalDate date(String t, String what) {
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(what + " must be a date like 2024-03-12, not \"" + t + "\".");
        }
    }
}
