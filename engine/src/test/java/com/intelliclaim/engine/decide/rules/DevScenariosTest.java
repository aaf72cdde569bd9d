package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.ClaimContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The four scenarios of the system we replace, on its sample policy split into clauses, with the facts given. */
class DevScenariosTest {
    private static final RulesAdjudicator RULES = new RulesAdjudicator();

    static Stream<Scenarios.Scenario> scenarios() {
        return Scenarios.parse(PolicyHits.resource("/scenarios/scenarios-dev.json")).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void decidesAsAnAnalystWouldAndCitesTheDecidingClause(Scenarios.Scenario s) {
        Adjudication a = RULES.adjudicate(new ClaimContext(s.query(), s.facts(), PolicyHits.samplePolicy(),
                LocalDate.of(2025, 6, 1)));

        assertThat(s.accept()).contains(a.decision().name());
        assertThat(a.citations()).extracting(Citation::clause).contains(s.clauses().get(0));
        assertThat(a.citations().get(0).clause()).isIn(s.clauses());
        assertThat(a.justification()).contains("Clause " + s.clauses().get(0));
        if (a.decision() == Outcome.APPROVED) {
            assertThat(a.amount()).isEqualByComparingTo(s.amount());
            assertThat(a.amountUpTo()).isTrue();
            assertThat(a.currency()).isEqualTo("INR");
            assertThat(a.citations()).extracting(Citation::clause).containsAll(s.clauses());
        } else {
            assertThat(a.amount()).isNull();
        }
        assertThat(a.decidedBy()).isEqualTo("rules");
        assertThat(a.rulesVersion()).isEqualTo(RulesAdjudicator.VERSION);
        assertThat(a.promptVersion()).isNull();
        assertThat(a.auditTrail()).extracting(x -> x.step()).contains("rules: read clauses", "rules: waiting periods",
                "rules: exclusions", "rules: decision");
    }
}
