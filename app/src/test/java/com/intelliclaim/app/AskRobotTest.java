package com.intelliclaim.app;

import com.intelliclaim.app.documents.FileRow;
import com.intelliclaim.engine.api.Outcome;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import com.intelliclaim.engine.api.DecisionRecord;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.testfx.matcher.control.LabeledMatchers.hasText;

/** Ask and History in the whole main window, headless under Monocle, with the real engine. */
class AskRobotTest extends MainWindowRobot {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    private void indexPolicy(FxRobot robot) throws Exception {
        Path policy = SamplePdfs.policy(tmp.resolve("policy-" + System.nanoTime() + ".pdf"));
        robot.interact(() -> window.view().acceptDrop(List.of(policy.toFile())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.documents().allDocuments().size() == 1
                && !window.documents().busyProperty().get());
    }

    private void askWithCtrlEnter(FxRobot robot, String question) throws Exception {
        robot.interact(() -> window.shell().select(MainWindow.ASK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question").tryQuery().isPresent());
        click(robot, "#question").write(question);
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#decisionCard").tryQuery().isPresent());
    }

    @Test
    void askingShowsTheDecisionCardAndAClickedCitationOpensItsPage(FxRobot robot) throws Exception {
        indexPolicy(robot);
        askWithCtrlEnter(robot, "60-year-old woman, cataract surgery in Pune, policy 30 months old");

        assertThat(robot.lookup("#decisionBadge").queryLabeled().getText()).isNotBlank();
        Hyperlink citation = robot.lookup("#citation-0").queryAs(Hyperlink.class);
        assertThat(citation.isVisible()).isTrue();
        assertThat(citation.getText()).startsWith("policy-");
        String page = citation.getText().replaceAll(".*, page (\\d+).*", "$1");

        robot.interact(citation::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#pageTitle").tryQuery().isPresent()
                && robot.lookup("#pageTitle").queryLabeled().getText().contains("page " + page + " of 3"));
        assertThat(robot.lookup("#citedSpan").tryQuery()).isPresent();
    }

    @Test
    void anAskIsAnsweredWhileALongPolicyIsStillBeingIngested(FxRobot robot) throws Exception {
        indexPolicy(robot);
        // Long enough to outlast the ask on a fast machine (a CPU that embeds quickly finished 400 pages first).
        Path longPolicy = SamplePdfs.write(tmp.resolve("long-" + System.nanoTime() + ".pdf"), manyPages(1_000));
        java.util.concurrent.atomic.AtomicBoolean ingestEnded = new java.util.concurrent.atomic.AtomicBoolean();
        robot.interact(() -> {
            window.documents().busyProperty().addListener((o, was, busy) -> ingestEnded.compareAndSet(false, !busy));
            window.view().acceptDrop(List.of(longPolicy.toFile()));
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.documents().files().stream()
                .anyMatch(f -> f.state() == FileRow.State.EMBEDDING));
        robot.interact(() -> window.shell().select(MainWindow.ASK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#question").queryTextInputControl()
                .setText("46-year-old male, cataract surgery in Pune, 3-month-old insurance policy"));
        click(robot, "#question");

        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#decisionCard").tryQuery().isPresent()
                || ingestEnded.get());

        assertThat(ingestEnded).as("the long policy is still being ingested when the answer shows").isFalse();
        assertThat(robot.lookup("#citation-0").queryAs(Hyperlink.class).getText()).startsWith("policy-");
        robot.interact(() -> window.documents().cancelAll());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.documents().busyProperty().get());
    }

    @Test
    void escInTheQuestionBoxCancelsTheRunningIngestAndKeepsTheQuestion(FxRobot robot) throws Exception {
        indexPolicy(robot);
        robot.interact(() -> window.shell().select(MainWindow.ASK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question").tryQuery().isPresent());
        click(robot, "#question").write("knee surgery in Pune");
        Path longPolicy = SamplePdfs.write(tmp.resolve("long-" + System.nanoTime() + ".pdf"), manyPages(600));
        robot.interact(() -> window.view().acceptDrop(List.of(longPolicy.toFile())));
        robot.interact(() -> window.shell().select(MainWindow.ASK));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.documents().files().stream()
                .anyMatch(f -> f.state() == FileRow.State.EMBEDDING));
        click(robot, "#question");

        robot.push(KeyCode.ESCAPE);

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.documents().busyProperty().get());
        assertThat(window.documents().files()).extracting(FileRow::state).containsExactly(FileRow.State.CANCELLED);
        assertThat(robot.lookup("#question").queryTextInputControl().getText()).isEqualTo("knee surgery in Pune");
        assertThat(window.documents().allDocuments()).hasSize(1);
    }

    private static List<List<String>> manyPages(int count) {
        List<List<String>> pages = new java.util.ArrayList<>();
        for (int page = 1; page <= count; page++) {
            List<String> lines = new java.util.ArrayList<>();
            for (int line = 1; line <= 40; line++) {
                lines.add("Schedule " + page + "." + line + ": room rent band " + (page * 40 + line)
                        + " rupees per day in tier " + (line % 3 + 1) + " cities, subject to clause " + line + ".");
            }
            pages.add(lines);
        }
        return pages;
    }

    @Test
    void anOverrideShowsInHistory(FxRobot robot) throws Exception {
        indexPolicy(robot);
        askWithCtrlEnter(robot, "46-year-old male, knee surgery in Pune, 3-month-old insurance policy");
        String badge = robot.lookup("#decisionBadge").queryLabeled().getText();
        Outcome other = badge.equals("APPROVED") ? Outcome.REJECTED : Outcome.APPROVED;

        @SuppressWarnings("unchecked")
        ComboBox<Outcome> outcome = robot.lookup("#overrideOutcome").queryAs(ComboBox.class);
        robot.interact(() -> outcome.setValue(other));
        TextField reason = robot.lookup("#overrideReasonField").queryAs(TextField.class);
        robot.interact(() -> reason.setText("Hospital letter shows the policy was ported"));
        robot.interact(() -> robot.lookup("#override").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#decisionCard #overrideReason")
                .tryQuery().isPresent());
        assertThat(robot.lookup("#decisionBadge").queryLabeled().getText()).isEqualTo(other.name());
        assertThat(robot.lookup("#decisionCard #overrideReason").queryAs(Label.class).getText())
                .contains("Hospital letter shows the policy was ported");

        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT4).release(KeyCode.DIGIT4).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#historyTable").tryQuery().isPresent()
                && robot.lookup("#historyTable").queryAs(TableView.class).getItems().size() == 2);
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.HISTORY);
        TableView<DecisionRecord> table = robot.lookup("#historyTable").queryTableView();
        DecisionRecord newest = table.getItems().get(0);
        assertThat(newest.decision()).isEqualTo(other);
        assertThat(newest.override().reason()).isEqualTo("Hospital letter shows the policy was ported");
        assertThat(table.getItems().get(1).id()).isEqualTo(newest.supersedes());
        assertThat(robot.lookup(".table-row-cell").lookup(hasText("overrides earlier")).tryQuery()).isPresent();
        assertThat(robot.lookup(".table-row-cell").lookup(hasText("overridden")).tryQuery()).isPresent();

        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisionCard #overrideReason")
                .tryQuery().isPresent());
        assertThat(robot.lookup("#decisionCard #decisionBadge").queryLabeled().getText()).isEqualTo(other.name());
    }
}
