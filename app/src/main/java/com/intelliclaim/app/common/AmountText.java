package com.intelliclaim.app.common;

import com.intelliclaim.engine.decide.IndianMoney;
import com.intelliclaim.engine.api.DecisionRecord;
import java.math.BigDecimal;

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
        return IndianMoney.money(amount, currency);
    }
}
