package com.intelliclaim.app.history;

import com.intelliclaim.app.PolicyEngine;
import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseUpdate;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.NewCase;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The History screen's case filter against the real engine: a decision asked in a case, one outside any. */
class HistoryCaseFilterTest {
    @RegisterExtension
    static final PolicyEngine policy = PolicyEngine.policy();
    private static ClaimCase knee;
    private static ClaimCase empty;
    private static Map<String, DecisionRecord> decisions;

    @BeforeAll
    static void askInACaseAndOutside() {
        IntelliClaimEngine engine = policy.engine();
        knee = engine.createCase(new NewCase("CL-2", "Ravi Kumar", "POL-9", "asha"));
        empty = engine.createCase(new NewCase("cl-10", "", "", "asha"));
        engine.attachDocument(knee.id(), "policy.pdf", "asha");
        decisions = Map.of(
                "knee", engine.ask(AskRequest.of("46-year-old male, knee surgery in Pune, 3-month-old insurance policy")
                        .withCase(knee.id())),
                "cataract", engine.ask(AskRequest.of("Cataract surgery for a woman aged 61, policy 30 months old")));
    }

    private static HistoryViewModel model() {
        return RefreshedHistory.of(policy.engine());
    }

    @Test
    void theChoicesAreEveryCaseOutsideAnyCaseThenEachCaseByClaimNumber() {
        List<String> labels = model().caseChoices().stream().map(CaseChoice::label).toList();
        assertThat(labels.subList(0, 2)).containsExactly("Every case", "Outside any case");
        assertThat(labels).containsSubsequence("Case cl-10", "Case CL-2 — Ravi Kumar");
        assertThat(model().caseChoiceProperty().get()).isEqualTo(CaseChoice.ALL);
    }

    @ParameterizedTest(name = "{0} shows [{1}]")
    @CsvSource({
            "every,   knee cataract",
            "outside, cataract",
            "knee,    knee",
            "empty,   ''",
    })
    void theCaseFilterShowsTheDecisionsAskedInTheChosenCase(String choice, String shown) {
        HistoryViewModel model = model();
        Function<ClaimCase, CaseChoice> ofCase = k -> model.caseChoices().stream()
                .filter(c -> k.id().equals(c.caseId())).findFirst().orElseThrow();
        model.caseChoiceProperty().set(switch (choice) {
            case "every" -> CaseChoice.ALL;
            case "outside" -> CaseChoice.NO_CASE;
            case "knee" -> ofCase.apply(knee);
            default -> ofCase.apply(empty);
        });

        List<String> expected = shown.isBlank() ? List.of() : List.of(shown.split(" "));
        assertThat(model.decisions()).extracting(DecisionRecord::id)
                .containsExactlyInAnyOrderElementsOf(expected.stream().map(n -> decisions.get(n).id()).toList());
    }

    @Test
    void theChosenCaseStaysChosenWhenARefreshRelabelsIt() {
        ClaimCase unnamed = policy.engine().createCase(new NewCase("CL-30", "", "", "asha"));
        HistoryViewModel model = model();
        CaseChoice chosen = model.caseChoices().stream().filter(c -> unnamed.id().equals(c.caseId())).findFirst()
                .orElseThrow();
        model.caseChoiceProperty().set(chosen);
        ClaimCase renamed = policy.engine().updateCase(unnamed.id(), new CaseUpdate("CL-30", "Meera Iyer", "",
                CaseStatus.OPEN, unnamed.version(), "asha"));

        model.refresh();

        assertThat(model.caseChoiceProperty().get().label()).isEqualTo("Case CL-30 — Meera Iyer");
        assertThat(model.caseChoiceProperty().get().caseId()).isEqualTo(renamed.id());
        assertThat(model.decisions()).isEmpty();
    }
}
