package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.decide.IndianMoney;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Works out what an approved claim pays: the lesser of the amount claimed and the limit that applies (or the limit,
 * "up to", when the amount claimed is unknown), less the co-payment. A limit written for the claimant's age band
 * replaces the general limit of the same policy (the band is the policy's own word for that age); otherwise the
 * most specific limits win and the lowest of them applies. Per-day room and ICU limits do not cap a claim: they
 * are listed as conditions.
 */
final class Payable {
    private static final Pattern ROOM = Pattern.compile("room|icu|iccu|intensive care|boarding|nursing");
    private static final Pattern ICU = Pattern.compile("icu|iccu|intensive care");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Claim claim;
    private final Relevance relevance;
    private final ProcedureMatcher matcher;

    Payable(Claim claim, Relevance relevance, ProcedureMatcher matcher) {
        this.claim = claim;
        this.relevance = relevance;
        this.matcher = matcher;
    }

    /**
     * The payable amount (null when no limit or co-payment applies), whether it is a cap, the sentences that explain
     * it, the statements it rests on, and conditions for limits that need facts the question does not give.
     */
    record Result(BigDecimal amount, boolean upTo, List<String> sentences, List<Statement> cited,
                  List<String> conditions, List<String> log, double confidence) {
    }

    Result work(Rules.Read rules) {
        List<String> sentences = new ArrayList<>();
        List<Statement> cited = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> log = new ArrayList<>();
        BigDecimal sumInsured = claim.facts().sumInsured();
        Rules.Limit limit = limit(rules.limits(), conditions, log);
        BigDecimal cap = limit == null ? null : limit.cap().amount(sumInsured).orElse(null);
        double confidence = 0;
        if (limit != null) {
            cited.add(limit.statement());
            confidence = relevance.of(limit.subject()) == MatchStrength.EXACT ? 0.85 : 0.7;
            if (cap == null) {
                conditions.add("Limit " + Texts.shorten(limit.cap().wording(), 90) + " (" + ClauseRef.of(limit.statement())
                        + "); the sum insured is not stated, so the amount cannot be worked out.");
            }
        }
        Rules.CoPayment coPay = coPayment(rules.coPayments(), conditions, log);
        BigDecimal claimed = claim.facts().amountClaimed();
        BigDecimal base = claimed == null ? cap : cap == null ? claimed : claimed.min(cap);
        if (base == null || (cap == null && coPay == null)) {
            sentences.add(limit == null && coPay == null
                    ? "No sub-limit or co-payment in the retrieved clauses applies; the claim is payable within the sum insured."
                    : "The payable amount cannot be worked out from the facts given.");
            return new Result(null, false, sentences, cited, conditions, log, confidence);
        }
        BigDecimal amount = base;
        if (coPay != null) {
            amount = base.multiply(HUNDRED.subtract(coPay.percent())).divide(HUNDRED, 2, RoundingMode.HALF_UP);
            cited.add(coPay.statement());
        }
        sentences.add(explain(amount, claimed, cap, limit, coPay, sumInsured));
        return new Result(amount.stripTrailingZeros(), claimed == null, sentences, cited, conditions, log, confidence);
    }

    private static String explain(BigDecimal amount, BigDecimal claimed, BigDecimal cap, Rules.Limit limit,
                                  Rules.CoPayment coPay, BigDecimal sumInsured) {
        String band = limit == null || limit.age() == null ? "" : " for insured persons " + limit.age().words()
                + ", which takes the place of the general limit";
        String limitWords = cap == null ? "" : "the limit Rs " + IndianMoney.grouped(cap, "INR") + " ("
                + ClauseRef.of(limit.statement())
                + ": " + Texts.shorten(limit.cap().wording(), 90) + limitBasis(limit, sumInsured) + ")" + band;
        String coPayWords = coPay == null ? "" : "the " + coPay.percent().stripTrailingZeros().toPlainString()
                + "% co-payment (" + ClauseRef.of(coPay.statement()) + ")";
        StringBuilder how = new StringBuilder(claimed == null ? "Payable up to Rs " : "Payable Rs ")
                .append(IndianMoney.grouped(amount, "INR")).append(": ");
        if (claimed == null) {
            how.append(limitWords);
        } else if (cap != null) {
            how.append("the lesser of the amount claimed (Rs ").append(IndianMoney.grouped(claimed, "INR"))
                    .append(") and ")
                    .append(limitWords);
        } else {
            how.append("the amount claimed (Rs ").append(IndianMoney.grouped(claimed, "INR")).append(")");
        }
        if (coPay != null) {
            how.append(", less ").append(coPayWords);
        }
        return how.append('.').toString();
    }

    private static String limitBasis(Rules.Limit limit, BigDecimal sumInsured) {
        if (limit.cap().percent() == null || sumInsured == null) {
            return "";
        }
        return "; sum insured Rs " + IndianMoney.grouped(sumInsured, "INR");
    }

    /** The limit that caps this claim, or null. */
    private Rules.Limit limit(List<Rules.Limit> limits, List<String> conditions, List<String> log) {
        List<Rules.Limit> byAge = new ArrayList<>();
        List<Rules.Limit> direct = new ArrayList<>();
        MatchStrength best = MatchStrength.NONE;
        for (Rules.Limit l : limits) {
            if (l.cap().per() == Cap.Per.DAY) {
                roomCondition(l, conditions);
                continue;
            }
            MatchStrength strength = relevance.of(l.subject());
            if (l.age() != null) {
                Integer age = l.age().atEntry() ? claim.ageAtEntry() : claim.facts().age();
                if (age == null || !l.age().includes(age) || (strength == MatchStrength.NONE && !l.anyTreatment())) {
                    continue;
                }
                byAge.add(l);
                log.add(ClauseRef.of(l.statement()) + ": limit for those " + l.age().words());
            } else if (strength != MatchStrength.NONE) {
                if (strength.ordinal() < best.ordinal()) {
                    direct.clear();
                    best = strength;
                }
                if (strength == best) {
                    direct.add(l);
                }
            }
        }
        List<Rules.Limit> chosen = byAge.isEmpty() ? direct : byAge;
        chosen.forEach(l -> log.add(ClauseRef.of(l.statement()) + ": limit " + Texts.shorten(l.cap().wording(), 60)));
        BigDecimal si = claim.facts().sumInsured();
        return chosen.stream().min(Comparator.comparing(
                (Rules.Limit l) -> l.cap().amount(si).orElse(BigDecimal.valueOf(Long.MAX_VALUE)))).orElse(null);
    }

    /** A per-day room or ICU limit, as a condition with its amount a day when the sum insured is known. */
    private void roomCondition(Rules.Limit l, List<String> conditions) {
        String subject = l.subject().toLowerCase(java.util.Locale.ROOT);
        if (!ROOM.matcher(subject).find()) {
            return;
        }
        String what = ICU.matcher(subject).find() ? "ICU charges " : "Room rent ";
        String perDay = l.cap().amount(claim.facts().sumInsured()).map(a -> " (Rs " + IndianMoney.grouped(a, "INR") + " a day)").orElse("");
        String line = what + Texts.shorten(l.cap().wording(), 100) + perDay;
        if (conditions.stream().noneMatch(c -> c.toLowerCase(java.util.Locale.ROOT).startsWith(line.toLowerCase(java.util.Locale.ROOT)))) {
            conditions.add(line + ", " + ClauseRef.of(l.statement()) + ".");
        }
    }

    /** The co-payment that applies (the highest when several do), or null. */
    private Rules.CoPayment coPayment(List<Rules.CoPayment> coPayments, List<String> conditions, List<String> log) {
        Rules.CoPayment chosen = null;
        for (Rules.CoPayment c : coPayments) {
            String ref = ClauseRef.of(c.statement());
            if (c.forTreatment() && matcher.match(claim.procedure(), c.statement().text()) != MatchStrength.EXACT) {
                continue;
            }
            if (c.zone() != null) {
                addOnce(conditions, "Co-payment by zone: " + Texts.shorten(c.statement().text(), 110) + " (" + ref + ").");
                continue;
            }
            if (c.age() != null) {
                Integer age = c.age().atEntry() ? claim.ageAtEntry() : claim.facts().age();
                if (age == null) {
                    addOnce(conditions, c.percent().stripTrailingZeros().toPlainString() + "% co-payment for insured "
                            + c.age().words() + " (" + ref + "); the age is not stated.");
                    continue;
                }
                if (!c.age().includes(age)) {
                    log.add(ref + ": " + c.percent().toPlainString() + "% co-payment is for those " + c.age().words());
                    continue;
                }
            }
            log.add(ref + ": " + c.percent().stripTrailingZeros().toPlainString() + "% co-payment applies");
            if (chosen == null || c.percent().compareTo(chosen.percent()) > 0) {
                chosen = c;
            }
        }
        return chosen;
    }

    private static void addOnce(List<String> list, String line) {
        if (!list.contains(line)) {
            list.add(line);
        }
    }
}
