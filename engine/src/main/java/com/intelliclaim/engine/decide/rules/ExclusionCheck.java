package com.intelliclaim.engine.decide.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Holds the claim against the exclusions that name its procedure (a general class such as "any surgery" never excludes
 * a claim on its own) and the network rule. An exception the claim meets ("unless arising from an accident") lifts the
 * exclusion; an exception the question is silent on leaves it standing, said in the justification.
 */
final class ExclusionCheck {
    private final Claim claim;
    private final Relevance relevance;

    ExclusionCheck(Claim claim, Relevance relevance) {
        this.claim = claim;
        this.relevance = relevance;
    }

    record Result(List<Finding> findings, List<String> conditions, List<String> log) {
    }

    Result check(Rules.Read rules) {
        List<Finding> findings = new ArrayList<>();
        List<String> conditions = new ArrayList<>();
        List<String> log = new ArrayList<>();
        for (Rules.Exclusion e : rules.exclusions()) {
            if (relevance.of(e.subject()) != MatchStrength.EXACT) {
                continue;
            }
            String lead = ClauseRef.of(e.statement()) + " excludes \"" + Texts.shorten(e.statement().text(), 170) + "\"";
            if (e.exception() == null) {
                findings.add(Finding.reject(lead + ", which names " + claim.procedure() + ".", 0.9, e.statement()));
            } else if (claim.accidental() && RuleReader.exemptsAccident(e.exception())) {
                findings.add(Finding.support(lead + "; the exception (" + Texts.shorten(e.exception(), 80)
                        + ") applies because the claim arises from an accident or injury.", 0.6, e.statement()));
            } else if (relevance.of(e.exception()) == MatchStrength.EXACT) {
                log.add(ClauseRef.of(e.statement()) + ": the exception names the procedure, not excluded");
                continue;
            } else {
                findings.add(Finding.reject(lead + ", which names " + claim.procedure() + "; the question does not say"
                        + " that its exception (" + Texts.shorten(e.exception(), 80) + ") applies.", 0.8, e.statement()));
            }
            log.add(ClauseRef.of(e.statement()) + ": " + findings.get(findings.size() - 1).effect());
        }
        network(rules, findings, conditions, log);
        if (log.isEmpty()) {
            log.add(rules.exclusions().size() + " exclusions read, none names " + claim.procedure());
        }
        return new Result(findings, conditions, log);
    }

    private void network(Rules.Read rules, List<Finding> findings, List<String> conditions, List<String> log) {
        if (rules.network().isEmpty()) {
            return;
        }
        Statement rule = rules.network().get(0).statement();
        Boolean network = claim.facts().networkHospital();
        if (Boolean.FALSE.equals(network)) {
            findings.add(Finding.reject(ClauseRef.of(rule) + " excludes \"" + Texts.shorten(rule.text(), 120)
                    + "\", and the hospital is not in the network.", 0.9, rule));
            log.add(ClauseRef.of(rule) + ": hospital outside the network");
        } else if (network == null) {
            conditions.add("Treatment in a network hospital (" + ClauseRef.of(rule) + ")"
                    + networkHospitals(rules).replace(" (" + ClauseRef.of(rule) + ")", "") + ".");
            log.add(ClauseRef.of(rule) + ": network hospital not stated, listed as a condition");
        }
    }

    /** The network hospitals the wording lists for the claim's city, if it lists them. */
    private String networkHospitals(Rules.Read rules) {
        String location = claim.facts().location();
        if (location == null || location.isBlank()) {
            return "";
        }
        String key = location.strip().toLowerCase(java.util.Locale.ROOT) + ":";
        for (Rules.Condition c : rules.conditions()) {
            if (c.kind() != Rules.Condition.Kind.NETWORK_LIST) {
                continue;
            }
            for (String part : c.statement().text().split("(?<=\\.)\\s+")) {
                if (part.toLowerCase(java.util.Locale.ROOT).startsWith(key)) {
                    return "; in " + location.strip() + ": " + part.substring(key.length()).strip().replaceAll("\\.$", "")
                            + " (" + ClauseRef.of(c.statement()) + ")";
                }
            }
        }
        return "";
    }
}
