package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.decide.IndianMoney;
import com.intelliclaim.engine.decide.facts.AmountReader.Amount;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sum insured and the amount claimed: each amount {@link AmountReader} finds is the one its nearest cue
 * word in the clause names — sum insured, SI, cover, policy against claim, bill, cost, expenses — and an amount with
 * neither nearby is no fact at all. A plain number right after "sum insured" or "claimed" counts too, with no
 * currency.
 */
final class MoneyReader {
    private static final Pattern AFTER_CUE = Pattern.compile("(?:(sum (?:insured|assured)|\\bsi)|\\b(claim(?:ed)?"
            + "(?: amount)?|bill(?: amount)?|cost(?:ing|s)?|expenses|charges|spent|paid)) ?(?:is|was|of|for|:|=|-)? ?"
            + "(\\d{1,3}(?:,\\d{2,3})+|\\d{4,})(?!\\d|[.,]\\d)(?! ?(?:days?|months?|years?|%))");
    private static final Pattern INSURED = Pattern.compile("sum (?:insured|assured)|\\bsi\\b|\\binsured\\b"
            + "|\\bcover(?:age|ed)?\\b|\\bpolic(?:y|ies)\\b|\\bfloater\\b|\\bplan\\b");
    private static final Pattern CLAIMED = Pattern.compile("\\bclaim(?:ed|ing|s)?\\b|\\bbill(?:ed|s)?\\b"
            + "|\\bcost(?:s|ing)?\\b|\\bexpen(?:ses?|diture)\\b|\\bcharge[ds]?\\b|\\bspen[dt]\\b|\\bestimate[ds]?\\b"
            + "|\\binvoice[ds]?\\b|\\bpaid\\b|\\breimburse\\w*|\\bfees?\\b");

    private final AmountReader amountReader = new AmountReader();

    /** What was read; a field is null when not stated, and the currency is null when no amount read names one. */
    record Amounts(BigDecimal sumInsured, BigDecimal claimed, String currency) {
    }

    Amounts read(ClaimText text) {
        Amount insured = null;
        Amount claimed = null;
        List<Amount> amounts = amountReader.read(text);
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
            Amount plain = new Amount(IndianMoney.scaled(m.group(3), null), null, m.start(3), m.end(3));
            if (AmountReader.overlaps(amounts, plain.start(), plain.end()) || plain.value().signum() == 0) {
                continue;       // read above, with its currency
            }
            if (m.group(1) != null && insured == null) {
                insured = plain;
            } else if (m.group(2) != null && claimed == null) {
                claimed = plain;
            }
        }
        return facts(insured, claimed);
    }

    private static Amounts facts(Amount insured, Amount claimed) {
        if (insured != null && claimed != null && insured.currency() != null && claimed.currency() != null
                && !insured.currency().equals(claimed.currency())) {
            insured = null;         // one currency per claim: the amount claimed decides it
        }
        String currency = claimed != null && claimed.currency() != null ? claimed.currency()
                : insured != null ? insured.currency() : null;
        return new Amounts(insured == null ? null : insured.value(), claimed == null ? null : claimed.value(),
                currency);
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
}
