package com.intelliclaim.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.Gender;
import com.intelliclaim.engine.api.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Scoring a decision against its scenario, with records made here (independent of any adjudicator). */
class ScenarioResultTest {
    @TempDir
    Path tmp;

    private static final String SCENARIOS = """
            [{"id": "s1", "document": "policy.txt", "query": "46-year-old male, knee surgery in Pune, 3-month-old policy",
              "facts": {"age": 46, "gender": "male", "procedure": "knee surgery", "location": "Pune", "policyAgeMonths": 3},
              "decision": "REJECTED", "amount_cap": null, "accept": ["REJECTED", "NEEDS_REVIEW"], "clauses": ["1.2"],
              "page": 1},
             {"id": "s2", "document": "policy.txt", "query": "25M, dental treatment, Chennai, new policy",
              "facts": {"age": 25, "policyAgeMonths": 0}, "decision": "APPROVED", "amount_cap": 5000,
              "currency": "INR", "clauses": ["1.1", "2.1"]}]
            """;

    private List<Scenario> scenarios() throws Exception {
        return Scenario.read(Files.writeString(tmp.resolve("scenarios.json"), SCENARIOS));
    }

    private static DecisionRecord decided(Outcome outcome, ClaimFacts facts, BigDecimal amount, String... clauses) {
        List<Citation> citations = java.util.Arrays.stream(clauses)
                .map(c -> new Citation("c" + c, "a".repeat(64), "policy.txt", 1, 1, c, null, "text", 0.1)).toList();
        return new DecisionRecord("id", "q", outcome, amount, amount != null, amount == null ? null : "INR", "why",
                0.5, citations, facts, List.of(), "rules", new DecisionVersions("e", "m", "r", null),
                List.of("a".repeat(64)), List.of(), Instant.now(), "asha", null, null, List.of());
    }

    @Test
    void aScenarioReadsWithItsAcceptListCapAndClauses() throws Exception {
        List<Scenario> read = scenarios();

        assertThat(read).extracting(Scenario::id).containsExactly("s1", "s2");
        assertThat(read.get(0).accepts(Outcome.NEEDS_REVIEW)).isTrue();
        assertThat(read.get(0).accepts(Outcome.APPROVED)).isFalse();
        assertThat(read.get(0).expected()).isEqualTo("REJECTED|NEEDS_REVIEW");
        assertThat(read.get(0).amountCap()).isNull();
        assertThat(read.get(1).accepts(Outcome.APPROVED)).isTrue();
        assertThat(read.get(1).accepts(Outcome.NEEDS_REVIEW)).isFalse();
        assertThat(read.get(1).amountCap()).isEqualByComparingTo("5000");
        assertThat(read.get(1).documentPath(tmp.resolve("scenarios.json"), null)).isEqualTo(tmp.resolve("policy.txt"));
        assertThat(read.get(1).documentPath(tmp.resolve("scenarios.json"), tmp.resolve("base")))
                .isEqualTo(tmp.resolve("base").resolve("policy.txt"));
    }

    @Test
    void rightFactsDecisionAndClauseScoreFull() throws Exception {
        ClaimFacts facts = new ClaimFacts(46, Gender.MALE, "Knee Surgery", "pune", 3, null, null, null, null, null,
                null, null, null, null);

        ScenarioResult result = ScenarioResult.score(scenarios().get(0), decided(Outcome.NEEDS_REVIEW, facts, null,
                "3.1", "1.2"));

        assertThat(result.decisionOk()).isTrue();
        assertThat(result.factsRight()).isEqualTo(5);
        assertThat(result.factsGiven()).isEqualTo(5);
        assertThat(result.factMisses()).isEmpty();
        assertThat(result.clauseCited()).isTrue();
        assertThat(result.amountOk()).isNull();
    }

    @Test
    void wrongFactsAreNamedAndAMissingClauseOrAmountCounts() throws Exception {
        ClaimFacts misread = new ClaimFacts(46, Gender.FEMALE, null, "Pune", 1, null, null, null, null, null, null,
                null, null, null);

        ScenarioResult s1 = ScenarioResult.score(scenarios().get(0), decided(Outcome.APPROVED, misread, null, "2.2"));
        ScenarioResult s2 = ScenarioResult.score(scenarios().get(1), decided(Outcome.APPROVED, ClaimFacts.NONE,
                new BigDecimal("15000"), "2.1"));

        assertThat(s1.decisionOk()).isFalse();
        assertThat(s1.factsRight()).isEqualTo(2);
        assertThat(s1.factMisses()).containsExactly("gender: expected \"male\", read \"female\"",
                "procedure: expected \"knee surgery\", read nothing", "policyAgeMonths: expected 3, read 1");
        assertThat(s1.clauseCited()).isFalse();
        assertThat(s2.decisionOk()).isTrue();
        assertThat(s2.factsRight()).isZero();
        assertThat(s2.clauseCited()).isTrue();
        assertThat(s2.amountOk()).isFalse();

        StringWriter out = new StringWriter();
        new ScenarioReport(List.of(s1, s2, ScenarioResult.failed(scenarios().get(1), "policy.txt does not exist")))
                .print(new PrintWriter(out, true));
        assertThat(out.toString())
                .containsPattern("s1 +APPROVED +REJECTED\\|NEEDS_REVIEW +no +2/5 +not cited +-")
                .containsPattern("s2 +APPROVED +APPROVED +yes +0/2 +cited +wrong")
                .containsPattern("s2 +- +APPROVED +no +0/2 +not cited +wrong")
                .contains("  s1: policyAgeMonths: expected 3, read 1")
                .contains("  s1: none of clauses [1.2] cited")
                .contains("  s2: not asked: policy.txt does not exist")
                .containsPattern("Decision accuracy: +1/3 \\(33\\.3%\\)")
                .containsPattern("Fact accuracy: +2/9 \\(22\\.2%\\)")
                .containsPattern("Deciding clause cited: +1/3 \\(33\\.3%\\)")
                .containsPattern("Amount right: +0/2 \\(0\\.0%\\)");
    }

    @Test
    void theDevelopmentScenariosRead() throws Exception {
        Path copy = tmp.resolve("scenarios-dev.json");
        try (var in = getClass().getResourceAsStream("/scenarios/scenarios-dev.json")) {
            Files.copy(in, copy);
        }
        List<Scenario> dev = Scenario.read(copy);

        assertThat(dev).extracting(Scenario::id).containsExactly("dev-s1", "dev-s2", "dev-s3", "dev-s4");
        assertThat(dev).allSatisfy(s -> assertThat(s.facts().size()).isEqualTo(5));
        assertThat(new ObjectMapper().writeValueAsString(dev.get(2).facts())).contains("\"policyAgeMonths\":60");
    }
}
