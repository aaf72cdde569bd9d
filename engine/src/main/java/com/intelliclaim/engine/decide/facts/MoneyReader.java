package com.intelliclaim.engine.decide.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sum insured and the amount claimed. An amount is a number with a currency ("Rs 2,00,000", "₹5 lakh",
 * "INR 50k", "$12,500", "5M INR", "50,000 rupees") or in lakhs or crores ("5 lakhs", "1.5 crore"), or a plain
 * number right after "sum insured" or "claimed". Which fact it is, the nearest word around it tells — sum insured,
 * SI, cover, policy against claim, bill, cost, expenses — and an amount with neither nearby is no fact at all.
 */
final class MoneyReader {
    private static final String NUMBER = "(\\d{1,3}(?:,\\d{2,3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)";
    private static final String ANY_SCALE = "(lakhs?|lacs?|l|crores?|cr|k|thousand|millions?|mn|m)";
    private static final Pattern CURRENCY_FIRST = Pattern.compile("(?:(?<![a-z])(rs|inr|usd|rupees)|(₹|us ?\\$|\\$))"
            + " ?" + NUMBER + "(?: ?" + ANY_SCALE + "\\b)?(?: ?(rupees|inr|usd|dollars)\\b)?");
    private static final Pattern NUMBER_FIRST = Pattern.compile("(?<![\\d,.])" + NUMBER + "(?: ?(lakhs?|lacs?|crores?"
            + "|cr)\\b|(l)\\b| ?" + ANY_SCALE + "? ?(rupees|inr|rs|usd|dollars)\\b)");
    private static final Pattern AFTER_CUE = Pattern.compile("(?:(sum (?:insured|assured)|\\bsi)|\\b(claim(?:ed)?"
            + "(?: amount)?|bill(?: amount)?|cost(?:ing|s)?|expenses|charges|spent|paid)) ?(?:is|was|of|for|:|=|-)? ?"
            + "(\\d{1,3}(?:,\\d{2,3})+|\\d{4,})"
            + "(?!\\d|[.,]\\d)(?! ?(?:days?|months?|years?|%))");
    private static final Pattern INSURED = Pattern.compile("sum (?:insured|assured)|\\bsi\\b|\\binsured\\b"
            + "|\\bcover(?:age|ed)?\\b|\\bpolic(?:y|ies)\\b|\\bfloater\\b|\\bplan\\b");
    private static final Pattern CLAIMED = Pattern.compile("\\bclaim(?:ed|ing|s)?\\b|\\bbill(?:ed|s)?\\b"
            + "|\\bcost(?:s|ing)?\\b|\\bexpen(?:ses?|diture)\\b|\\bcharge[ds]?\\b|\\bspen[dt]\\b|\\bestimate[ds]?\\b"
            + "|\\binvoice[ds]?\\b|\\bpaid\\b|\\breimburse\\w*|\\bfees?\\b");

    /** What was read; a field is null when not stated, and the currency is null when no assigned amount names one. */
    record Amounts(BigDecimal sumInsured, BigDecimal claimed, String currency) {
    }

    private record Amount(BigDecimal value, String currency, int start, int end) {
    }

    Amounts read(ClaimText text) {
        Amount insured = null;
        Amount claimed = null;
        List<Amount> amounts = amounts(text);
        for (Amount amount : amounts) {
            int toInsured = distance(INSURED, text, amount);
            int toClaimed = distance(CLAIMED, text, amount);
            if (toInsured < toClaimed && insured == null) {
                insured = amount;
            } else if (toClaimed < toInsured && claimed == null) {
                claimed = amount;
            }
        }
        Matcher m = AFTER_CUE.matcher(text.lower());
        while (m.find()) {
            Amount plain = new Amount(value(m.group(3), null), null, m.start(3), m.end(3));
            if (amounts.stream().anyMatch(a -> a.start() < plain.end() && a.end() > plain.start())) {
                continue;       // read above, with its currency
            }
            if (m.group(1) != null && insured == null) {
                insured = plain;
            } else if (m.group(2) != null && claimed == null) {
                claimed = plain;
            }
        }
        return amounts(insured, claimed);
    }

    private static Amounts amounts(Amount insured, Amount claimed) {
        if (insured != null && claimed != null && insured.currency() != null && claimed.currency() != null
                && !insured.currency().equals(claimed.currency())) {
            insured = null;         // one currency per claim: the amount claimed decides it
        }
        String currency = claimed != null && claimed.currency() != null ? claimed.currency()
                : insured != null ? insured.currency() : null;
        return new Amounts(insured == null ? null : insured.value(), claimed == null ? null : claimed.value(),
                currency);
    }

    private static List<Amount> amounts(ClaimText text) {
        List<Amount> amounts = new ArrayList<>();
        Matcher m = CURRENCY_FIRST.matcher(text.lower());
        while (m.find()) {
            String currency = m.group(2) != null && m.group(2).contains("$") || "usd".equals(m.group(1))
                    || "usd".equals(m.group(5)) || "dollars".equals(m.group(5)) ? "USD" : "INR";
            add(amounts, new Amount(value(m.group(3), m.group(4)), currency, m.start(), m.end()));
        }
        m = NUMBER_FIRST.matcher(text.lower());
        while (m.find()) {
            String word = m.group(5) == null ? "inr" : m.group(5);
            String currency = word.equals("usd") || word.equals("dollars") ? "USD" : "INR";
            String scale = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            add(amounts, new Amount(value(m.group(1), scale), currency, m.start(), m.end()));
        }
        amounts.sort(java.util.Comparator.comparingInt(Amount::start));
        return amounts;
    }

    private static void add(List<Amount> amounts, Amount amount) {
        boolean overlaps = amounts.stream().anyMatch(a -> amount.start() < a.end() && amount.end() > a.start());
        if (!overlaps && amount.value().signum() > 0) {
            amounts.add(amount);
        }
    }

    /**
     * Characters between the amount and the nearest cue within its clause (which ends at a comma and a space, as
     * Indian digit groups have none); {@code MAX_VALUE} when none.
     */
    private static int distance(Pattern cue, ClaimText text, Amount amount) {
        String before = text.before(amount.start(), 40);
        before = before.substring(before.lastIndexOf(", ") + 1);
        int nearest = Integer.MAX_VALUE;
        Matcher m = cue.matcher(before);
        while (m.find()) {
            nearest = before.length() - m.end();
        }
        String after = text.after(amount.end(), 30);
        m = cue.matcher(after.contains(", ") ? after.substring(0, after.indexOf(", ")) : after);
        if (m.find()) {
            nearest = Math.min(nearest, m.start() + 1);     // +1: a cue before wins a tie
        }
        return nearest;
    }

    private static BigDecimal value(String number, String scale) {
        BigDecimal value = new BigDecimal(number.replace(",", ""));
        if (scale != null) {
            value = value.multiply(switch (scale.charAt(0)) {
                case 'l' -> BigDecimal.valueOf(100_000);
                case 'c' -> BigDecimal.valueOf(10_000_000);
                case 'k', 't' -> BigDecimal.valueOf(1_000);
                default -> BigDecimal.valueOf(1_000_000);
            });
        }
        value = value.stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
