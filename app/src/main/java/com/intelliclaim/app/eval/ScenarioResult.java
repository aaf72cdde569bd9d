package com.intelliclaim.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one scenario was decided and what was right about it.
 *
 * @param scenario     the scenario
 * @param decision     the decision made, null when the scenario could not be asked
 * @param decisionOk   whether the decision counts as right
 * @param factsRight   facts read right, of
 * @param factsGiven   the facts the scenario states
 * @param factMisses   "policyAgeMonths: expected 3, read 1" for each wrong fact
 * @param clauseCited  whether a deciding clause is among the citations (true when the scenario names none)
 * @param amountOk     whether the amount matches the scenario's cap; null when the scenario scores none
 * @param error        why the scenario could not be asked, else null
 */
public record ScenarioResult(Scenario scenario, Outcome decision, boolean decisionOk, int factsRight, int factsGiven,
                             List<String> factMisses, boolean clauseCited, Boolean amountOk, String error) {
    private static final ObjectMapper FACTS = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    public ScenarioResult {
        factMisses = List.copyOf(factMisses);
    }

    /** Scores a decision against its scenario. */
    public static ScenarioResult score(Scenario scenario, DecisionRecord record) {
        JsonNode read = FACTS.valueToTree(record.facts());
        List<String> misses = new ArrayList<>();
        int right = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = scenario.facts().fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> fact = it.next();
            JsonNode actual = read.get(fact.getKey());
            if (FactMatch.matches(fact.getKey(), fact.getValue(), actual)) {
                right++;
            } else {
                misses.add(fact.getKey() + ": expected " + fact.getValue() + ", read "
                        + (actual == null || actual.isNull() ? "nothing" : actual.toString()));
            }
        }
        boolean cited = scenario.clauses().isEmpty() || record.citations().stream().map(Citation::clause)
                .filter(Objects::nonNull).anyMatch(c -> scenario.clauses().contains(c.strip()));
        Boolean amountOk = scenario.amountCap() == null ? null
                : record.amount() != null && record.amount().compareTo(scenario.amountCap()) == 0;
        return new ScenarioResult(scenario, record.decision(), scenario.accepts(record.decision()), right,
                scenario.facts().size(), misses, cited, amountOk, null);
    }

    /** A scenario that could not be asked: everything about it counts as wrong. */
    public static ScenarioResult failed(Scenario scenario, String why) {
        return new ScenarioResult(scenario, null, false, 0, scenario.facts().size(), List.of(), false,
                scenario.amountCap() == null ? null : false, why);
    }
}
