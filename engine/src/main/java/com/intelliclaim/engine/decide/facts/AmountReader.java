package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.decide.IndianMoney;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the amounts of money a claim names: a number with a currency ("Rs 2,00,000", "₹5 lakh", "INR 50k",
 * "$12,500", "5M INR", "50,000 rupees") or in lakhs or crores ("5 lakhs", "1.5 crore", "3L"). Rupees unless dollars
 * are named. A bare number ("46M", "50000") is not an amount here.
 */
final class AmountReader {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String ANY_SCALE = "(lakhs?|lacs?|l|crores?|cr|k|thousand|millions?|mn|m)";
    private static final Pattern CURRENCY_FIRST = Pattern.compile("(?:(?<![a-z])(rs|inr|usd|rupees)|(₹|us ?\\$|\\$))"
            + " ?" + NUMBER + "(?: ?" + ANY_SCALE + "\\b)?(?: ?(rupees|inr|usd|dollars)\\b)?");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\d,.])" + NUMBER + "(?: ?(lakhs?|lacs?|crores?"
            + "|cr)\\b|(l)\\b| ?" + ANY_SCALE + "? ?(rupees|inr|rs|usd|dollars)\\b)");

    /** An amount and where it is written in {@code ClaimText.lower}; {@code currency} null when none is named. */
    record Amount(BigDecimal value, String currency, int start, int end) {
    }

    /** The amounts in the order they are written. */
    List<Amount> read(ClaimText text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = CURRENCY_FIRST.matcher(text.lower());
        while (m.find()) {
            boolean dollars = m.group(2) != null && m.group(2).contains("$") || "usd".equals(m.group(1))
                    || "usd".equals(m.group(5)) || "dollars".equals(m.group(5));
            add(amounts, new Amount(IndianMoney.scaled(m.group(3), m.group(4)), dollars ? "USD" : "INR", m.start(),
                    m.end()));
        }
        m = NUMBER_FIRST.matcher(text.lower());
        while (m.find()) {
            boolean dollars = "usd".equals(m.group(5)) || "dollars".equals(m.group(5));
            String scale = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            add(amounts, new Amount(IndianMoney.scaled(m.group(1), scale), dollars ? "USD" : "INR", m.start(),
                    m.end()));
        }
        amounts.sort(Comparator.comparingInt(Amount::start));
        return amounts;
    }

    static boolean overlaps(List<Amount> amounts, int start, int end) {
        return amounts.stream().anyMatch(a -> start < a.end() && end > a.start());
    }

    private static void add(List<Amount> amounts, Amount amount) {
        if (!overlaps(amounts, amount.start(), amount.end()) && amount.value().signum() > 0) {
            amounts.add(amount);
        }
    }
}
