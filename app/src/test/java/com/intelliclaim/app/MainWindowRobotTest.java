package com.intelliclaim.app;

import com.intelliclaim.app.documents.FileRow;
import com.intelliclaim.app.shell.Themes;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole main window as the desktop app builds it, headless under Monocle. */
@ExtendWith(ApplicationExtension.class)
class MainWindowRobotTest {
    @TempDir
    static Path tmp;
    private MainWindow window;
    private Path config;

    @Start
    void start(Stage stage) {
        Path run = tmp.resolve("run-" + System.nanoTime());
        config = run.resolve("config");
        window = new MainWindow(stage, new MainWindow.Options(run.resolve("data"), config, new Themes(() -> false)));
        stage.show();
        window.openEngine();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void droppingAGoodAndABadPdfOnTheWindowIndexesOneAndShowsWhyTheOtherFailed(FxRobot robot) throws Exception {
        File good = SamplePdfs.policy(tmp.resolve("policy.pdf")).toFile();
        File bad = Files.write(tmp.resolve("photo.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .toFile();
        robot.interact(() -> window.shell().select(MainWindow.SETTINGS));

        robot.interact(() -> window.view().acceptDrop(List.of(good, bad))); // what the window's drop handler does
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#documentTable").tryQuery().isPresent()
                && robot.lookup("#documentTable").queryAs(TableView.class).getItems().size() == 1);

        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.DOCUMENTS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.documents().busyProperty().get());
        ListView<?> batch = robot.lookup("#batchList").queryAs(ListView.class);
        List<FileRow> rows = batch.getItems().stream().map(FileRow.class::cast).toList();
        assertThat(rows).extracting(FileRow::state).containsExactly(FileRow.State.INDEXED, FileRow.State.FAILED);
        Label reason = robot.lookup(".danger").match(n -> n instanceof Label l && l.getText().contains("PNG"))
                .queryAs(Label.class);
        assertThat(reason.isVisible()).isTrue();
        // The summary replaces the last progress line in an FX event of its own, after the batch stops being busy.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> !robot.lookup("#ingestStatus").queryLabeled().getText().startsWith("Reading "));
        assertThat(robot.lookup("#ingestStatus").queryLabeled().getText()).isEqualTo("1 indexed, 0 already indexed, 1 failed");
        assertThat(robot.lookup("#statusCounts").queryLabeled().getText()).startsWith("1 document · ");
        assertThat(robot.lookup("#syncState").queryLabeled().getText()).isEqualTo("Offline");
    }

    @Test
    void lastCtrlNumberShowsSettingsWhereABadAddressIsFlaggedInlineAndCannotBeSaved(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#newCase").tryQuery().isPresent());
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.CASES); // the first screen
        robot.press(KeyCode.CONTROL).press(KeyCode.DIGIT5).release(KeyCode.DIGIT5).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.SETTINGS);
        assertThat(Files.readString(config.resolve("window.properties"))).contains("screen=settings");

        ComboBox<?> provider = robot.lookup("#provider").queryAs(ComboBox.class);
        robot.interact(() -> provider.getSelectionModel().select(1)); // OpenAI-compatible
        TextField url = robot.lookup("#baseUrl").queryAs(TextField.class);
        robot.interact(url::clear);
        robot.clickOn(url).write("htp:/example");
        WaitForAsyncUtils.waitForFxEvents();

        Node error = robot.lookup("#baseUrlError").query();
        assertThat(error.isVisible()).isTrue();
        assertThat(((Label) error).getText()).isEqualTo("\"htp:/example\" must start with http:// or https://.");
        assertThat(robot.lookup("#modelsError").queryAs(Label.class).getText()).contains("Name at least one model");
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(url::clear);
        robot.clickOn(url).write("http://localhost:11434/v1");
        robot.clickOn("#models").write("llama3.1");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error.isVisible()).isFalse();
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isFalse();
    }
}
