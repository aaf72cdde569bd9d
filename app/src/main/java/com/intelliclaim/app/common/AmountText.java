package com.intelliclaim.app.common;

import com.intelliclaim.engine.api.DecisionRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Amounts as analysts write them: rupees with the ₹ sign and Indian digit grouping ("₹2,00,000"), other currencies
 * with their ISO code and groups of three ("USD 1,500"); a cap reads "up to ₹20,000".
 */
public final class AmountText {
    private AmountText() {
    }

    /** "up to ₹20,000", "₹5,000", or "none" when the record has no amount. */
    public static String of(DecisionRecord record) {
        if (record.amount() == null) {
            return "none";
        }
        String money = money(record.amount(), record.currency());
        return record.amountUpTo() ? "up to " + money : money;
    }

    /** "₹2,00,000.50" for INR (or no currency), "USD 1,500" otherwise. */
    public static String money(BigDecimal amount, String currency) {
        boolean rupees = currency == null || currency.equalsIgnoreCase("INR");
        BigDecimal abs = amount.abs().setScale(2, RoundingMode.HALF_UP);
        BigDecimal whole = abs.setScale(0, RoundingMode.DOWN);
        String digits = whole.toPlainString();
        String grouped = rupees ? indian(digits) : thousands(digits);
        String fraction = abs.compareTo(whole) == 0 ? "" : abs.toPlainString().substring(digits.length());
        String sign = amount.signum() < 0 ? "-" : "";
        return sign + (rupees ? "₹" : currency.toUpperCase(java.util.Locale.ROOT) + " ") + grouped + fraction;
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
