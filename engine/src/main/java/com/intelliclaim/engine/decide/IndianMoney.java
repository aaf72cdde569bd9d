package com.intelliclaim.engine.decide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Money as Indian claims and wordings write it, read and written in one place: a written number with its scale
 * ("2,00,000", "1.5 crore", "5 lakh", "50k") and amounts grouped the Indian way for rupees ("₹2,00,000") or in
 * thousands for other currencies ("USD 1,500"). Used by the fact readers, the rules' justifications and the screens.
 */
public final class IndianMoney {
    private IndianMoney() {
    }

    /**
     * The value of a written number ("2,00,000", "1.5") times its scale word ("lakh", "lacs", "l", "crore", "cr",
     * "k", "thousand", "million", "mn", "m"; null for none), without trailing zeros.
     */
    public static BigDecimal scaled(String number, String scale) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        if (scale != null) {
            value = value.multiply(switch (Character.toLowerCase(scale.charAt(0))) {
                case 'l' -> BigDecimal.valueOf(100_000);
                case 'c' -> BigDecimal.valueOf(10_000_000);
                case 'k', 't' -> BigDecimal.valueOf(1_000);
                default -> BigDecimal.valueOf(1_000_000);
            });
        }
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }

    /** "₹2,00,000.50" for INR (or no currency), "USD 1,500" otherwise. */
    public static String money(BigDecimal amount, String currency) {
        String sign = amount.signum() < 0 ? "-" : "";
        return sign + (rupees(currency) ? "₹" : currency.toUpperCase(Locale.ROOT) + " ") + grouped(amount.abs(), currency);
    }

    /** The digits grouped as the currency is written, paise kept when there are any: 150000 → "1,50,000" in INR. */
    public static String grouped(BigDecimal amount, String currency) {
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
        BigDecimal whole = abs.setScale(0, RoundingMode.DOWN);
        String digits = whole.toPlainString();
        String fraction = abs.compareTo(whole) == 0 ? "" : abs.toPlainString().substring(digits.length());
        String sign = amount.signum() < 0 ? "-" : "";
        return sign + (rupees(currency) ? indian(digits) : thousands(digits)) + fraction;
    }

    private static boolean rupees(String currency) {
        return currency == null || currency.equalsIgnoreCase("INR");
    }

    /** Last three digits, then groups of two: 1234567 → 12,34,567. */
    private static String indian(String digits) {
        if (digits.length() <= 3) {
            return digits;
        }
        String head = digits.substring(0, digits.length() - 3);
        StringBuilder out = new StringBuilder();
        int first = head.length() % 2 == 0 ? 2 : 1;
        out.append(head, 0, first);
        for (int i = first; i < head.length(); i += 2) {
            out.append(',').append(head, i, i + 2);
        }
        return out.append(',').append(digits.substring(digits.length() - 3)).toString();
    }

    private static String thousands(String digits) {
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        out.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            out.append(',').append(digits, i, i + 3);
        }
        return out.toString();
    }
}
