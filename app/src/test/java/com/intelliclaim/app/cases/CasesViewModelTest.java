package com.intelliclaim.app.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.PolicyEngine;
import com.intelliclaim.app.ask.AskSettings;
import com.intelliclaim.app.ask.AskViewModel;
import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.ImmediateTaskRunner;
import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.NewCase;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Cases screen's logic, and Ask within a case, against the real engine with the immediate task runner. */
class CasesViewModelTest {
    private static final String QUESTION = "60-year-old woman, cataract surgery in Pune, policy 30 months old";

    @RegisterExtension
    static final PolicyEngine policy = PolicyEngine.policyAnd(folder -> List.of(
            Files.writeString(folder.resolve("note.txt"), "Discharge note: cataract surgery in Pune, one night.")));
    private static final String POLICY_NAME = "policy.pdf";

    private final ActiveCase active = new ActiveCase();
    private final AtomicInteger askShown = new AtomicInteger();

    private CasesViewModel model() {
        CasesViewModel model = new CasesViewModel(new ImmediateTaskRunner(), policy.engine(), active,
                askShown::incrementAndGet, () -> "asha");
        model.refresh();
        return model;
    }

    @Test
    void aCaseLastChangedByATeammateSaysFromWhomAndOwnChangesShowTheName() {
        CasesViewModel model = model();
        java.time.Instant now = java.time.Instant.now();
        ClaimCase theirs = new ClaimCase("k-1", "CLM-1", "", "", CaseStatus.OPEN, now, now, "Bala", 2);
        ClaimCase mine = new ClaimCase("k-2", "CLM-2", "", "", CaseStatus.OPEN, now, now, "ASHA ", 1);

        assertThat(model.changedBy(theirs)).isEqualTo("from Bala");
        assertThat(model.changedBy(mine)).isEqualTo("ASHA ");
        assertThat(model.teammate("Bala")).contains("Bala");
        assertThat(model.teammate(null)).isEmpty();
    }

    private static String unique(String prefix) {
        return prefix + "-" + System.nanoTime();
    }

    @Test
    void theNewCaseFormFlagsAnEmptyOrTakenClaimNumberAndCreatesAValidCase() {
        CasesViewModel model = model();
        String number = unique("CLM");
        model.startNewCase();

        model.createCase();
        assertThat(model.form().claimNumberErrorProperty().get())
                .isEqualTo("The claim number is empty; every case needs the insurer's claim number.");
        model.form().claimNumberProperty().set(number);
        model.form().claimantProperty().set("Meera Iyer");
        assertThat(model.form().claimNumberErrorProperty().get()).isEmpty();
        model.form().policyNumberProperty().set("P".repeat(65));
        assertThat(model.form().otherErrorProperty().get()).isEqualTo("The policy number is 65 characters long; the"
                + " limit is 64.");
        model.form().policyNumberProperty().set("POL-55");
        model.createCase();

        ClaimCase created = model.openedProperty().get();
        assertThat(created.claimNumber()).isEqualTo(number);
        assertThat(created.updatedBy()).isEqualTo("asha");
        assertThat(model.creatingProperty().get()).isFalse();
        assertThat(model.cases()).contains(created);
        assertThat(model.claimantProperty().get()).isEqualTo("Meera Iyer");
        assertThat(model.messageProperty().get()).startsWith("Created case " + number);

        model.startNewCase();
        model.form().claimNumberProperty().set(number.toLowerCase(java.util.Locale.ROOT));
        assertThat(model.form().claimNumberErrorProperty().get())
                .isEqualTo("Case " + number + " exists already; open it from the list or use another number.");
    }

    @Test
    void aDuplicateTheListDidNotKnowIsRefusedByTheEngineBesideTheField() {
        CasesViewModel model = model();
        String number = unique("CLM");
        // By another window or the CLI, after the list loaded.
        policy.engine().createCase(new NewCase(number, "", "", "ravi"));
        model.startNewCase();
        model.form().claimNumberProperty().set(number);

        model.createCase();

        assertThat(model.form().claimNumberErrorProperty().get()).contains("claim number '" + number
                + "' exists already");
        assertThat(model.creatingProperty().get()).isTrue();
        assertThat(model.form().claimNumberProperty().get()).isEqualTo(number);
    }

    @Test
    void theFilterMatchesClaimNumberClaimantPolicyAndStatus() {
        String tag = unique("F");
        policy.engine().createCase(new NewCase(tag + "-A", "Zubin Mehta", "POL-" + tag, null));
        ClaimCase b = policy.engine().createCase(new NewCase(tag + "-B", "Anita Desai", "", null));
        policy.engine().updateCase(b.id(), b.toUpdate(null).withStatus(CaseStatus.IN_REVIEW));
        CasesViewModel model = model();

        model.filterProperty().set("zubin");
        assertThat(model.cases()).extracting(ClaimCase::claimNumber).containsExactly(tag + "-A");
        model.filterProperty().set("pol-" + tag.toLowerCase(java.util.Locale.ROOT));
        assertThat(model.cases()).extracting(ClaimCase::claimNumber).containsExactly(tag + "-A");
        model.filterProperty().set(tag);
        assertThat(model.cases()).hasSize(2);
        model.filterProperty().set("in review");
        assertThat(model.cases()).extracting(ClaimCase::claimNumber).contains(tag + "-B")
                .doesNotContain(tag + "-A");
    }

    @Test
    void editsAreSavedAsANewVersionAndAnEditOfAStaleVersionIsRefusedKeepingTheText() {
        CasesViewModel model = model();
        ClaimCase k = policy.engine().createCase(new NewCase(unique("CLM"), "Meera", "", null));
        model.refresh();
        model.open(k);
        assertThat(model.changedProperty().get()).isFalse();

        model.claimantProperty().set("Meera Iyer");
        model.statusProperty().set(CaseStatus.IN_REVIEW);
        assertThat(model.changedProperty().get()).isTrue();
        model.save();

        ClaimCase saved = model.openedProperty().get();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.claimant()).isEqualTo("Meera Iyer");
        assertThat(saved.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(model.changedProperty().get()).isFalse();
        assertThat(policy.engine().caseHistory(k.id())).containsExactly(k);

        // Someone else, meanwhile.
        policy.engine().updateCase(k.id(), saved.toUpdate("ravi").withStatus(CaseStatus.CLOSED));
        model.policyNumberProperty().set("POL-9");
        model.save();
        assertThat(model.detailProblemProperty().get()).startsWith("Case " + k.claimNumber() + " was changed by ravi");
        assertThat(model.policyNumberProperty().get()).isEqualTo("POL-9");

        model.claimNumberProperty().set(" ");
        model.save();
        assertThat(model.detailProblemProperty().get()).isEqualTo("The claim number is empty; every case needs the"
                + " insurer's claim number.");
        model.revert();
        assertThat(model.claimNumberProperty().get()).isEqualTo(k.claimNumber());
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void documentsAreAttachedFromTheIndexedOnesAndDetached() {
        CasesViewModel model = model();
        ClaimCase k = policy.engine().createCase(new NewCase(unique("CLM"), "", "", null));
        model.open(k);
        assertThat(model.documents()).isEmpty();
        assertThat(model.attachable()).extracting(DocumentInfo::name)
                .containsExactlyInAnyOrder(POLICY_NAME, "note.txt");

        model.attach(null);
        assertThat(model.detailProblemProperty().get()).isEqualTo("Choose the document to attach from the indexed"
                + " documents.");
        model.attach(model.attachable().stream().filter(d -> d.name().equals(POLICY_NAME)).findFirst().orElseThrow());

        assertThat(model.documents()).extracting(CaseDocument::name, CaseDocument::attachedBy)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(POLICY_NAME, "asha"));
        assertThat(model.attachable()).extracting(DocumentInfo::name).containsExactly("note.txt");
        model.detach(model.documents().get(0));
        assertThat(model.documents()).isEmpty();
        assertThat(model.attachable()).hasSize(2);
    }

    @Test
    void askInThisCaseScopesTheAskScreenAndItsDecisionShowsInTheCase() {
        CasesViewModel model = model();
        ClaimCase k = policy.engine().createCase(new NewCase(unique("CLM"), "Meera", "", null));
        model.open(k);
        model.askInCase();
        assertThat(model.detailProblemProperty().get()).startsWith("Attach the policy wording");
        assertThat(askShown.get()).isZero();
        model.attach(model.attachable().stream().filter(d -> d.name().equals("note.txt")).findFirst().orElseThrow());

        model.askInCase();

        assertThat(askShown.get()).isEqualTo(1);
        assertThat(active.get()).isEqualTo(model.openedProperty().get()); // version 2: the attach made it
        assertThat(active.get().id()).isEqualTo(k.id());
        AskViewModel ask = new AskViewModel(new ImmediateTaskRunner(), new BackgroundActivities(), policy.engine(),
                AskSettings::defaults, active);
        ask.refresh();
        assertThat(ask.documentNames()).containsExactly("note.txt");
        ask.ask(QUESTION);
        DecisionRecord decided = ask.recordProperty().get();
        assertThat(decided.caseId()).isEqualTo(k.id());
        assertThat(decided.citations()).allMatch(c -> c.documentName().equals("note.txt"));
        assertThat(ask.statusProperty().get()).endsWith("; filed under case " + k.claimNumber() + ".");

        model.refresh();
        assertThat(model.decisions()).containsExactly(decided);

        ask.clearCase();
        assertThat(active.get()).isNull();
        assertThat(ask.documentNames()).contains(POLICY_NAME, "note.txt");
        ask.ask(QUESTION);
        assertThat(ask.recordProperty().get().caseId()).isNull();
    }

    @Test
    void attachingAndDetachingMakeVersionsShownInTheCaseHistoryAndKeepTheFieldsBeingEdited() {
        CasesViewModel model = model();
        ClaimCase k = policy.engine().createCase(new NewCase(unique("CLM"), "Meera", "", null));
        model.open(k);
        model.claimantProperty().set("Meera Iyer"); // being edited, not saved yet

        model.attach(model.attachable().stream().filter(d -> d.name().equals(POLICY_NAME)).findFirst().orElseThrow());

        assertThat(model.openedProperty().get().version()).isEqualTo(2);
        assertThat(model.claimantProperty().get()).isEqualTo("Meera Iyer");
        assertThat(model.changedProperty().get()).isTrue();
        assertThat(model.changes()).extracting(CaseChange::version, CaseChange::by, CaseChange::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "asha", "Attached " + POLICY_NAME),
                org.assertj.core.groups.Tuple.tuple(1L, k.updatedBy(), "Created"));

        model.save(); // the analyst's own attach does not make their edit stale
        assertThat(model.detailProblemProperty().get()).isEmpty();
        assertThat(model.openedProperty().get().version()).isEqualTo(3);
        model.detach(model.documents().get(0));

        assertThat(model.openedProperty().get().version()).isEqualTo(4);
        assertThat(model.changes()).extracting(CaseChange::what).containsExactly("Detached " + POLICY_NAME,
                "Changed the claimant", "Attached " + POLICY_NAME, "Created");
    }

    @Test
    void anAttachToACaseSomeoneElseChangedMeanwhileIsRefusedAndNothingIsAttached() {
        CasesViewModel model = model();
        ClaimCase k = policy.engine().createCase(new NewCase(unique("CLM"), "Meera", "", null));
        model.open(k);
        // Someone else, meanwhile.
        policy.engine().updateCase(k.id(), k.toUpdate("ravi").withStatus(CaseStatus.IN_REVIEW));

        model.attach(model.attachable().stream().filter(d -> d.name().equals("note.txt")).findFirst().orElseThrow());

        assertThat(model.detailProblemProperty().get()).startsWith("Case " + k.claimNumber() + " was changed by ravi")
                .endsWith("reload it and attach the document again.");
        assertThat(policy.engine().caseDocuments(k.id())).isEmpty();
    }
}
