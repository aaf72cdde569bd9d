package com.intelliclaim.engine.decide.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Holds the claim against the waiting periods that apply to it: the first days of the policy, pre-existing diseases
 * (when the claim says the condition is pre-existing) and the specific ones naming its procedure (the most direct
 * matches only: a clause naming cataract outranks one about "any surgery").
 */
final class WaitingCheck {
    /** No specific waiting period in the standard Indian wordings runs longer than four years. */
    private static final double LONGEST_SPECIFIC_MONTHS = 48;

    private final Claim claim;
    private final Relevance relevance;

    WaitingCheck(Claim claim, Relevance relevance) {
        this.claim = claim;
        this.relevance = relevance;
    }

    /** The findings and, for rules that hang on facts the question does not touch, conditions. */
    record Result(List<Finding> findings, List<String> conditions, List<String> log) {
    }

    Result check(List<Rules.Waiting> rules) {
        List<Finding> findings = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> log = new ArrayList<>();
        first(rules, Rules.Scope.INITIAL).ifPresent(w -> initial(w, findings, log));
        first(rules, Rules.Scope.PRE_EXISTING).ifPresent(w -> preExisting(w, findings, conditions, log));
        specific(rules, findings, log);
        return new Result(findings, conditions, log);
    }

    private static Optional<Rules.Waiting> first(List<Rules.Waiting> rules, Rules.Scope scope) {
        return rules.stream().filter(w -> w.scope() == scope && w.time() != null)
                .max(Comparator.comparingDouble(w -> w.time().months()));
    }

    private void initial(Rules.Waiting w, List<Finding> findings, List<String> log) {
        String what = "no illness is covered in the first " + w.time() + " of the policy";
        if (claim.accidental() && w.accidentExempt()) {
            findings.add(Finding.generalSupport(ClauseRef.of(w.statement()) + ": " + what
                    + ", except claims arising from an accident; this claim arises from an accident.", 0.6, w.statement()));
            log.add(ref(w) + " first " + w.time() + ": accident, exempt");
            return;
        }
        if (w.waivedAfter() != null && claim.priorMonths() > w.waivedAfter().months()) {
            log.add(ref(w) + " first " + w.time() + ": waived by " + claim.priorMonths() + " months of earlier cover");
            return;
        }
        Finding finding = evaluate(w, what, 0.85);
        // Having served the first days says nothing about the procedure itself: a weak reason to approve.
        findings.add(finding.effect() == Finding.Effect.SUPPORT
                ? Finding.generalSupport(finding.sentence(), 0.55, finding.cited().toArray(Statement[]::new)) : finding);
        log.add(ref(w) + " first " + w.time() + ": " + finding.effect());
    }

    private void preExisting(Rules.Waiting w, List<Finding> findings, List<String> conditions, List<String> log) {
        Boolean pre = claim.facts().preExisting();
        String what = "pre-existing diseases are covered only after " + w.time() + " of continuous cover";
        if (Boolean.TRUE.equals(pre)) {
            findings.add(evaluate(w, what + ", and the claim says the condition is pre-existing", 0.85));
            log.add(ref(w) + " pre-existing " + w.time() + ": " + findings.get(findings.size() - 1).effect());
        } else if (pre == null) {
            Integer months = claim.policyMonths();
            if (months == null || months + claim.priorMonths() <= w.time().months()) {
                conditions.add("The condition must not be pre-existing: " + what + " (" + ClauseRef.of(w.statement()) + ").");
            }
            log.add(ref(w) + " pre-existing " + w.time() + ": not stated, listed as a condition");
        }
    }

    private void specific(List<Rules.Waiting> rules, List<Finding> findings, List<String> log) {
        List<Rules.Waiting> matched = new ArrayList<>();
        MatchStrength best = MatchStrength.NONE;
        for (Rules.Waiting w : rules) {
            if (w.scope() != Rules.Scope.SPECIFIC && w.scope() != Rules.Scope.NONE) {
                continue;
            }
            MatchStrength strength = relevance.of(w.subject());
            if (strength == MatchStrength.NONE || relevance.of(w.exception()) == MatchStrength.EXACT) {
                continue;
            }
            if (strength.ordinal() < best.ordinal()) {
                matched.clear();
                best = strength;
            }
            if (strength == best) {
                matched.add(w);
            }
        }
        for (Rules.Waiting w : matched) {
            double confidence = (best == MatchStrength.EXACT ? 0.9 : 0.7) - (w.inferred() ? 0.1 : 0);
            String what = describe(w, best);
            if (w.scope() == Rules.Scope.NONE) {
                findings.add(Finding.support(ClauseRef.of(w.statement()) + ": " + what + " with no waiting period.",
                        confidence, w.statement()));
            } else if (claim.accidental() && w.accidentExempt()) {
                findings.add(Finding.support(ClauseRef.of(w.statement()) + ": " + what
                        + " with a waiting period that does not apply to claims arising from an accident; this one does.",
                        confidence - 0.1, w.statement()));
            } else if (w.time() == null) {
                findings.add(unknownLength(w, what));
            } else {
                findings.add(evaluate(w, what + " with a waiting period of " + w.time() + lengthSource(w), confidence));
            }
            log.add(ref(w) + " " + best.name().toLowerCase(java.util.Locale.ROOT) + " match, "
                    + (w.time() == null ? "length not in the passages" : w.time().toString())
                    + ": " + findings.get(findings.size() - 1).effect());
        }
    }

    private String describe(Rules.Waiting w, MatchStrength strength) {
        String procedure = claim.procedure();
        Rules.Category group = relevance.groupOf(w.subject());
        String quoted = "\"" + Texts.shorten(w.statement().text(), 150) + "\"";
        if (group != null) {
            return quoted + " - " + procedure + " is one of the " + group.name().toLowerCase(java.util.Locale.ROOT)
                    + " (" + ClauseRef.of(group.statement()) + "), covered";
        }
        if (strength == MatchStrength.GENERAL) {
            return quoted + " - " + procedure + " is a surgery, so it falls under this clause, covered";
        }
        return quoted + " - this names " + procedure + ", covered";
    }

    private static String lengthSource(Rules.Waiting w) {
        if (w.timeSource() == null || w.timeSource() == w.statement()) {
            return "";
        }
        return " (the list's heading, " + ClauseRef.of(w.timeSource()) + ": \"" + Texts.shorten(w.timeSource().text(), 90) + "\")";
    }

    private Finding unknownLength(Rules.Waiting w, String what) {
        Integer months = claim.policyMonths();
        Statement next = w.statement().context().nextList();
        WaitingTime bound = w.statement().context().nextListLength();
        if (months != null && bound != null && months + claim.priorMonths() >= bound.months()) {
            return Finding.support(ClauseRef.of(w.statement()) + ": " + what + " after a specific waiting period whose"
                    + " length the retrieved text does not give; it is listed before the " + bound + " list ("
                    + ClauseRef.of(next) + ": \"" + Texts.shorten(next.text(), 60) + "\"), and such lists run from the"
                    + " shortest to the longest, so it is under " + bound + "; the policy is " + months + " months old.",
                    0.6, w.statement(), next);
        }
        WaitingTime least = w.atLeast();
        if (months != null && least != null && months + claim.priorMonths() + 1 <= least.months()) {
            return Finding.reject(ClauseRef.of(w.statement()) + ": " + what + " after a specific waiting period whose"
                    + " length the retrieved text does not give; it comes after the list headed \"" + Texts.shorten(
                    w.atLeastSource().text(), 80) + "\" (" + ClauseRef.of(w.atLeastSource()) + "), and such lists run from"
                    + " the shortest to the longest, so it is at least " + least + "; the policy is " + months
                    + " months old, so it has not been served.", 0.7, w.statement(), w.atLeastSource());
        }
        if (months != null && months + claim.priorMonths() >= LONGEST_SPECIFIC_MONTHS) {
            return Finding.support(ClauseRef.of(w.statement()) + ": " + what + " after a specific waiting period whose"
                    + " length the retrieved text does not give; the policy is " + months + " months old, longer than any"
                    + " specific waiting period of the standard wordings (48 months).", 0.6, w.statement());
        }
        return Finding.review(ClauseRef.of(w.statement()) + ": " + what + " after a specific waiting period, but the"
                + " retrieved text does not say how long that list's waiting period is.",
                "the length of the specific waiting period for " + claim.procedure() + " (not in the retrieved passages)",
                w.statement());
    }

    /** Served, not served, on the edge, or undecidable for want of the policy age. */
    private Finding evaluate(Rules.Waiting w, String what, double confidence) {
        String lead = ClauseRef.of(w.statement()) + ": " + what + "; ";
        Statement[] cited = w.timeSource() != null && w.timeSource() != w.statement()
                ? new Statement[] {w.statement(), w.timeSource()} : new Statement[] {w.statement()};
        LocalDate start = claim.facts().policyStartDate();
        LocalDate admission = claim.facts().admissionDate();
        if (start != null && admission != null) {
            LocalDate ends = w.time().after(start.minusMonths(claim.priorMonths()));
            return admission.isBefore(ends)
                    ? Finding.reject(lead + "admitted on " + admission + ", before the waiting period ended on " + ends
                    + ", so it had not been served.", confidence, cited)
                    : Finding.support(lead + "it ended on " + ends + ", before the admission on " + admission + ".",
                    confidence, cited);
        }
        Integer months = claim.policyMonths();
        if (months == null) {
            return Finding.review(lead + "the question does not say how old the policy is, so whether it has been served"
                    + " is unknown.", "policy age (months since the policy started)", cited);
        }
        int total = months + claim.priorMonths();
        String age = "the policy is " + months + " month" + (months == 1 ? "" : "s") + " old"
                + (claim.priorMonths() > 0 ? " with " + claim.priorMonths() + " months of earlier continuous cover" : "");
        double wait = w.time().months();
        if (total + 1 <= wait) {
            return Finding.reject(lead + age + ", so the waiting period has not been served.", confidence, cited);
        }
        if (total > wait) {
            return Finding.support(lead + age + ", so the waiting period has been served.", confidence, cited);
        }
        return Finding.review(lead + age + " - exactly the waiting period. Policy age is given in whole months, so"
                + " whether the period had fully run on the day of admission depends on the policy start and admission"
                + " dates, which the question does not give; rather than reject on a rounding, an analyst should check"
                + " the dates.", "policy start date and admission date (the policy age equals the waiting period)", cited);
    }

    private static String ref(Rules.Waiting w) {
        return ClauseRef.of(w.statement());
    }
}
