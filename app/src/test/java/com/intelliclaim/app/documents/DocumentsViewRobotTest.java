package com.intelliclaim.app.documents;

import atlantafx.base.theme.PrimerLight;
import com.intelliclaim.app.SamplePdfs;
import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.FxTaskRunner;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The Documents screen alone in a real JavaFX scene (headless Monocle): filter as the analyst types. */
@ExtendWith(ApplicationExtension.class)
class DocumentsViewRobotTest {
    @TempDir
    static Path tmp;
    private IntelliClaimEngine engine;
    private FxTaskRunner tasks;
    private DocumentsView view;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        engine = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data-" + System.nanoTime())));
        tasks = new FxTaskRunner();
        DocumentsViewModel model = new DocumentsViewModel(tasks, new BackgroundActivities());
        view = new DocumentsView(model);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        model.attach(engine);
    }

    @AfterEach
    void close() {
        tasks.close();
        engine.close();
    }

    @Test
    void typingInTheFilterNarrowsTheTable(FxRobot robot) throws Exception {
        File policy = SamplePdfs.policy(tmp.resolve("policy-wording.pdf")).toFile();
        File bill = SamplePdfs.write(tmp.resolve("hospital-bill.pdf"), List.of(List.of("FINAL BILL",
                "Room rent 4 days Rs 12,000", "Surgeon fee Rs 45,000"))).toFile();
        TableView<?> table = robot.lookup("#documentTable").queryAs(TableView.class);
        robot.interact(() -> view.acceptDrop(List.of(policy, bill)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 2);

        robot.interact(view::focusFilter);
        robot.write("bill");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(1);
        assertThat(robot.lookup("#documentFilter").queryAs(TextField.class).getText()).isEqualTo("bill");

        robot.push(KeyCode.ESCAPE); // clears the filter
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSize(2);
    }

    @Test
    void prewarmingLaysOutAQueueRowAndLeavesTheEmptyQueueHiddenAndBoundToTheFiles(FxRobot robot) throws Exception {
        ListView<?> queue = robot.lookup("#batchList").queryAs(ListView.class);
        Node queueBox = queue.getParent();
        assertThat(queueBox.isVisible()).isFalse();

        robot.interact(view::prewarm);

        assertThat(queueBox.isVisible()).isFalse();
        assertThat(queue.getItems()).isEmpty();
        assertThat(queue.lookupAll(".list-cell")).as("cells made in advance").isNotEmpty();
        File policy = SamplePdfs.policy(tmp.resolve("policy-" + System.nanoTime() + ".pdf")).toFile();
        robot.interact(() -> view.acceptDrop(List.of(policy)));
        assertThat(queueBox.isVisible()).isTrue();
        assertThat(queue.getItems()).hasSize(1);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> queue.getItems().size() == 1
                && ((FileRow) queue.getItems().get(0)).state() == FileRow.State.INDEXED);
    }

    @Test
    void aDocumentWithLowConfidenceOcrPagesIsMarkedWithTheirNumbers(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(tesseractInstalled(), "tesseract is not installed (CI installs tesseract-ocr)");
        File claim = SamplePdfs.withBlottedScan(tmp.resolve("claim-with-scan.pdf")).toFile();
        File policy = SamplePdfs.policy(tmp.resolve("typed-policy.pdf")).toFile();
        TableView<?> table = robot.lookup("#documentTable").queryAs(TableView.class);
        robot.interact(() -> view.acceptDrop(List.of(claim, policy)));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        Set<Label> markers = robot.lookup("." + DocumentNameCell.MARKER_CLASS).queryAllAs(Label.class);
        assertThat(markers).singleElement().satisfies(marker -> {
            assertThat(marker.isVisible()).isTrue();
            assertThat(marker.getTooltip().getText()).isEqualTo("OCR confidence low on page 2");
            assertThat(((javafx.scene.control.TableCell<?, ?>) marker.getParent()).getText())
                    .isEqualTo("claim-with-scan.pdf");
        });
    }

    private static boolean tesseractInstalled() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
