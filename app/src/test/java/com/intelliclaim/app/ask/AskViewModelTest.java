package com.intelliclaim.app.ask;

import com.intelliclaim.app.PolicyEngine;
import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ask screen's logic against the real engine (one indexed policy) with the immediate task runner. */
class AskViewModelTest {
    private static final String QUESTION = "46-year-old male, cataract surgery in Pune, policy 30 months old";
    @RegisterExtension
    static final PolicyEngine policy = PolicyEngine.policy();

    private static AskViewModel model() {
        return new AskViewModel(new ImmediateTaskRunner(), new BackgroundActivities(), policy.engine(),
                () -> new AskSettings(null, 8, "asha"));
    }

    @Test
    void askingShowsADecisionCitingRetrievedPassagesWithItsAuditTrailAndFacts() {
        AskViewModel model = model();
        model.refresh();
        assertThat(model.documentNames()).containsExactly("policy.pdf");

        model.ask(QUESTION);

        DecisionRecord shown = model.recordProperty().get();
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(shown).isNotNull();
        assertThat(shown.query()).isEqualTo(QUESTION);
        assertThat(shown.analyst()).isEqualTo("asha");
        assertThat(shown.auditTrail()).isNotEmpty();
        List<String> read = shown.passages().stream().map(c -> c.chunkId()).toList();
        assertThat(read).as("every retrieved passage is kept for 'all retrieved passages'").isNotEmpty();
        assertThat(shown.citations()).isNotEmpty().allSatisfy(c -> assertThat(read).contains(c.chunkId()));
        assertThat(model.facts().value(Fact.AGE).get()).isEqualTo(Fact.AGE.text(shown.facts()));
        assertThat(model.recent()).first().isEqualTo(QUESTION);
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptyQuestionIsRefusedInPlainWords() {
        AskViewModel model = model();
        model.ask("   ");
        assertThat(model.recordProperty().get()).isNull();
        assertThat(model.problemProperty().get()).startsWith("Type a claim question first");
    }

    @Test
    void decideAgainUsesTheCorrectedFacts() {
        AskViewModel model = model();
        model.ask(QUESTION);
        String firstId = model.recordProperty().get().id();
        model.facts().value(Fact.AGE).set("61");
        model.facts().value(Fact.GENDER).set("female");
        model.facts().value(Fact.PROCEDURE).set("cataract surgery");
        model.facts().value(Fact.POLICY_AGE_MONTHS).set("30");
        model.facts().value(Fact.AMOUNT_CLAIMED).set("40,000");
        model.facts().value(Fact.CURRENCY).set("inr");

        model.decideAgain();

        DecisionRecord again = model.recordProperty().get();
        assertThat(again.id()).isNotEqualTo(firstId);
        ClaimFacts used = again.facts();
        assertThat(used.age()).isEqualTo(61);
        assertThat(used.gender()).hasToString("FEMALE");
        assertThat(used.procedure()).isEqualTo("cataract surgery");
        assertThat(used.policyAgeMonths()).isEqualTo(30);
        assertThat(used.amountClaimed()).isEqualByComparingTo("40000");
        assertThat(used.currency()).isEqualTo("INR");
        assertThat(used).isEqualTo(model.facts().read().orElseThrow());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "AGE               | forty        | Age must be a whole number from 0 to 130, not \"forty\".",
        "GENDER            | x            | Gender must be male or female, not \"x\".",
        "AMOUNT_CLAIMED    | -5           | Amount claimed must be an amount such as 200000, not \"-5\".",
        "NETWORK_HOSPITAL  | maybe        | Network hospital must be yes or no, not \"maybe\".",
        "ADMISSION_DATE    | 12/03/2024   | Admission date must be a date like 2024-03-12, not \"12/03/2024\".",
        "CURRENCY          | rupees       | Currency must be a three-letter code such as INR, not \"rupees\"."})
    void badFactsAreFlaggedInlineAndNothingIsDecided(Fact fact, String typed, String message) {
        AskViewModel model = model();
        model.ask(QUESTION);
        String id = model.recordProperty().get().id();
        model.facts().value(fact).set(typed);

        model.decideAgain();

        assertThat(model.facts().error(fact).get()).isEqualTo(message);
        assertThat(model.recordProperty().get().id()).isEqualTo(id);
        assertThat(model.problemProperty().get()).contains("Some facts need fixing");
    }

    @Test
    void overrideNeedsAReasonThenMakesANewRecordSupersedingTheShownOne() {
        AskViewModel model = model();
        model.ask(QUESTION);
        DecisionRecord first = model.recordProperty().get();
        Outcome other = Arrays.stream(Outcome.values()).filter(o -> o != first.decision()).findFirst().orElseThrow();

        model.override(other, " ");
        assertThat(model.reviewProblemProperty().get()).startsWith("Give the reason");
        assertThat(model.recordProperty().get()).isSameAs(first);

        model.override(other, "Pre-authorisation was granted, see the letter");
        DecisionRecord overridden = model.recordProperty().get();
        assertThat(overridden.supersedes()).isEqualTo(first.id());
        assertThat(overridden.decision()).isEqualTo(other);
        assertThat(overridden.override().reason()).isEqualTo("Pre-authorisation was granted, see the letter");
        assertThat(policy.engine().decisions(50)).extracting(DecisionRecord::id).contains(first.id(), overridden.id());
    }

    @Test
    void acceptAndNotesAreAppendedToTheShownRecord() {
        AskViewModel model = model();
        model.ask(QUESTION);
        model.accept();
        model.addNote("Called the hospital; bill matches.");
        assertThat(model.recordProperty().get().notes()).extracting(n -> n.text())
                .containsExactly("accepted", "Called the hospital; bill matches.");
        model.addNote("");
        assertThat(model.reviewProblemProperty().get()).isEqualTo("Write the note first.");
    }

    @Test
    void theViewerOpensTheCitedPageWithTheCitedWordsAndPagesThrough() {
        AskViewModel model = model();
        model.ask(QUESTION);
        var cited = model.recordProperty().get().citations().get(0);
        PageViewerModel viewer = model.viewer();

        viewer.open(cited);

        assertThat(viewer.pageProperty().get()).isEqualTo(cited.page());
        assertThat(viewer.titleProperty().get()).isEqualTo("policy.pdf — page " + cited.page() + " of 3");
        CitedSpan span = viewer.spanProperty().get();
        assertThat(span).isNotNull();
        assertThat(viewer.textProperty().get().substring(span.start(), span.end()).replaceAll("\\s+", " "))
                .contains(cited.text().strip().split("\\s+")[0]);
        int start = cited.page();
        if (viewer.hasNext()) {
            viewer.next();
            assertThat(viewer.pageProperty().get()).isEqualTo(start + 1);
        } else {
            viewer.previous();
            assertThat(viewer.pageProperty().get()).isEqualTo(start - 1);
        }
        viewer.zoomIn();
        assertThat(viewer.zoomProperty().get()).isGreaterThan(1.0);
    }
}
