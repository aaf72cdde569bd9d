package com.intelliclaim.app;

import com.intelliclaim.app.cli.VersionProvider;
import com.intelliclaim.app.shell.Themes;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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

/**
 * What the installers rely on in the window: its icon, Help › About with the version and the licence notices, and a
 * file named on the command line ("Open with") ingested as the window opens.
 */
@ExtendWith(ApplicationExtension.class)
class InstalledAppRobotTest {
    @TempDir
    static Path tmp;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Path run = tmp.resolve("run-" + System.nanoTime());
        window = new MainWindow(stage, new MainWindow.Options(run.resolve("data"), run.resolve("config"),
                new Themes(() -> false)));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    @Test
    void theWindowCarriesTheAppIconAtEverySizeAWindowManagerPicksFrom() {
        assertThat(stage.getIcons()).extracting(image -> (int) image.getWidth())
                .containsExactly(16, 24, 32, 48, 64, 128, 256);
        assertThat(stage.getIcons()).allSatisfy(image -> assertThat(image.isError()).isFalse());
    }

    @Test
    void aboutShowsTheVersionAndTheThirdPartyLicencesAndClosesWithEscape(FxRobot robot) throws Exception {
        robot.clickOn("#about");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutNotices").tryQuery().isPresent());

        assertThat(robot.lookup("#aboutVersion").queryLabeled().getText())
                .isEqualTo("Version " + VersionProvider.version());
        String notices = robot.lookup("#aboutNotices").queryAs(TextArea.class).getText();
        assertThat(notices).contains("org.openjfx:javafx-base", "GPL-2.0 with the Classpath Exception",
                "\"CLASSPATH\" EXCEPTION TO THE GPL", "sentence-transformers/all-MiniLM-L6-v2",
                "com.microsoft.onnxruntime:onnxruntime", "MIT LICENSE", "Apache License", "Version 2.0, January 2004",
                "org.apache.pdfbox:pdfbox", "org.apache.lucene:lucene-core", "com.h2database:h2",
                "Mozilla Public License Version 2.0", "Apache PDFBox");

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutNotices").tryQuery()).isEmpty();

        robot.press(KeyCode.F1).release(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#aboutNotices").tryQuery().isPresent());
        robot.clickOn("#aboutClose");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#aboutNotices").tryQuery()).isEmpty();
    }

    @Test
    void aFileNamedOnTheCommandLineIsIngestedOnceTheEngineOpens(FxRobot robot) throws Exception {
        Path pdf = SamplePdfs.policy(tmp.resolve("opened-with.pdf"));
        robot.interact(() -> window.shell().select(MainWindow.SETTINGS));

        robot.interact(() -> window.open(List.of(pdf))); // what DesktopApp does with the launcher's file arguments
        robot.interact(window::openEngine);

        assertThat(window.shell().selectedProperty().get()).isEqualTo(MainWindow.DOCUMENTS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#documentTable").tryQuery().isPresent()
                && robot.lookup("#documentTable").queryAs(TableView.class).getItems().size() == 1);
        assertThat(window.documents().allDocuments()).extracting(d -> d.name()).containsExactly("opened-with.pdf");
    }
}
