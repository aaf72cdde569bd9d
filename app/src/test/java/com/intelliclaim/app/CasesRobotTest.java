package com.intelliclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DocumentInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Cases in the whole main window, headless under Monocle, with the real engine: create, attach, ask in the case. */
class CasesRobotTest extends MainWindowRobot {
    @Start
    void start(Stage stage) {
        open(stage);
    }


    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    void aCaseIsCreatedGivenAPolicyAndAskedInAndItsDecisionShowsInTheCase(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#newCase").tryQuery().isPresent());
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.CASES);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visible(robot, "#casesEmpty"));
        Path policy = SamplePdfs.policy(tmp.resolve("policy-" + System.nanoTime() + ".pdf"));
        robot.interact(() -> window.view().acceptDrop(List.of(policy.toFile())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.documents().allDocuments().size() == 1
                && !window.documents().busyProperty().get());

        ctrl(robot, KeyCode.DIGIT1);
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.CASES);
        click(robot, "#newCase");
        click(robot, "#createCase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#newClaimNumberError")).isTrue();
        assertThat(robot.lookup("#newClaimNumberError").queryLabeled().getText())
                .isEqualTo("The claim number is empty; every case needs the insurer's claim number.");

        click(robot, "#newClaimNumber").write("CLM-2025-0042");
        click(robot, "#newClaimant").write("Meera Iyer");
        click(robot, "#newPolicyNumber").write("POL-55");
        assertThat(visible(robot, "#newClaimNumberError")).isFalse();
        click(robot, "#createCase");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#caseTitle").tryQuery().isPresent()
                && robot.lookup("#caseTitle").queryLabeled().getText().equals("Case CLM-2025-0042"));
        TableView<ClaimCase> cases = robot.lookup("#caseTable").queryTableView();
        assertThat(cases.getItems()).extracting(ClaimCase::claimNumber, ClaimCase::claimant, ClaimCase::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("CLM-2025-0042", "Meera Iyer", CaseStatus.OPEN));

        fire(robot, "#askInCase"); // nothing attached yet: refused inline, the screen stays
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#caseProblem").queryLabeled().getText()).startsWith("Attach the policy wording");
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.CASES);

        @SuppressWarnings("unchecked")
        ComboBox<DocumentInfo> choice = robot.lookup("#attachChoice").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> choice.getItems().size() == 1);
        robot.interact(() -> choice.getSelectionModel().select(0));
        fire(robot, "#attachDocument");
        @SuppressWarnings("unchecked")
        ListView<CaseDocument> documents = robot.lookup("#caseDocuments").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> documents.getItems().size() == 1);
        assertThat(documents.getItems().get(0).name()).isEqualTo(policy.getFileName().toString());
        assertThat(choice.getItems()).isEmpty();

        fire(robot, "#askInCase");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question").tryQuery().isPresent());
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.ASK);
        Label banner = robot.lookup("#activeCase").queryAs(Label.class);
        assertThat(visible(robot, "#activeCaseBanner")).isTrue();
        assertThat(banner.getText()).startsWith("Case CLM-2025-0042 · Meera Iyer");
        click(robot, "#question").write("60-year-old woman, cataract surgery in Pune, policy 30 months old");
        ctrl(robot, KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#askStatus").queryLabeled().getText()
                .contains("filed under case CLM-2025-0042"));
        assertThat(robot.lookup("#decisionCard").tryQuery()).isPresent();

        ctrl(robot, KeyCode.DIGIT1);
        TableView<DecisionRecord> decisions = robot.lookup("#caseDecisions").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> decisions.getItems().size() == 1);
        assertThat(decisions.getItems().get(0).caseId()).isEqualTo(cases.getItems().get(0).id());
        assertThat(decisions.getItems().get(0).query()).contains("cataract surgery");
        robot.interact(() -> decisions.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisionCard").tryQuery().isPresent());

        @SuppressWarnings("unchecked")
        ComboBox<CaseStatus> status = robot.lookup("#caseStatus").queryAs(ComboBox.class);
        robot.interact(() -> status.setValue(CaseStatus.DECIDED));
        fire(robot, "#saveCase");
        // Version 2 was made by attaching the policy, 3 by this save.
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cases.getItems().get(0).version() == 3);
        assertThat(cases.getItems().get(0).status()).isEqualTo(CaseStatus.DECIDED);
        assertThat(robot.lookup("#saveCase").queryButton().isDisabled()).isTrue();
        ListView<CaseChange> history = robot.lookup("#caseHistory").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 3);
        assertThat(history.getItems()).extracting(CaseChange::what).containsExactly(
                "Changed the status to " + CaseStatus.DECIDED.label(), "Attached " + policy.getFileName(), "Created");
    }

    @Test
    void ctrlFFiltersTheCasesAndLeavingTheCaseAsksEveryDocumentAgain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#newCase").tryQuery().isPresent());
        for (String number : List.of("CLM-1", "CLM-2")) {
            click(robot, "#newCase");
            click(robot, "#newClaimNumber").write(number);
            click(robot, "#createCase");
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#caseTitle").tryQuery().isPresent()
                    && robot.lookup("#caseTitle").queryLabeled().getText().equals("Case " + number));
        }
        click(robot, "#newCase");
        click(robot, "#newClaimNumber").write("clm-1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#newClaimNumberError").queryLabeled().getText())
                .isEqualTo("Case CLM-1 exists already; open it from the list or use another number.");
        click(robot, "#cancelNewCase");

        ctrl(robot, KeyCode.F);
        robot.write("clm-2");
        WaitForAsyncUtils.waitForFxEvents();
        TableView<ClaimCase> cases = robot.lookup("#caseTable").queryTableView();
        assertThat(cases.getItems()).extracting(ClaimCase::claimNumber).containsExactly("CLM-2");

        ClaimCase shown = cases.getItems().get(0);
        robot.interact(() -> window.activeCase().set(shown));
        ctrl(robot, KeyCode.DIGIT3);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#clearCase").tryQuery().isPresent());
        assertThat(visible(robot, "#activeCaseBanner")).isTrue();
        fire(robot, "#clearCase");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(visible(robot, "#activeCaseBanner")).isFalse();
        assertThat(window.activeCase().get()).isNull();
    }
}
