package com.intelliclaim.app.documents;

import atlantafx.base.theme.PrimerLight;
import com.intelliclaim.app.SamplePdfs;
import com.intelliclaim.app.common.FxTaskRunner;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
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

/** The Documents screen in a real JavaFX scene (headless Monocle): a dropped good and bad file. */
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
        DocumentsViewModel model = new DocumentsViewModel(engine, tasks);
        view = new DocumentsView(model);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
        model.refresh();
    }

    @AfterEach
    void close() {
        tasks.close();
        engine.close();
    }

    @Test
    void droppingAGoodAndABadFileIndexesOneAndShowsWhyTheOtherFailed(FxRobot robot) throws Exception {
        File good = SamplePdfs.policy(tmp.resolve("policy.pdf")).toFile();
        File bad = Files.write(tmp.resolve("photo.pdf"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}).toFile();
        TableView<?> table = robot.lookup("#documentTable").queryAs(TableView.class);
        assertThat(table.getItems()).isEmpty();

        robot.interact(() -> view.acceptDrop(List.of(good, bad)));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 1);

        ListView<?> batch = robot.lookup("#batchList").queryAs(ListView.class);
        List<FileRow> rows = batch.getItems().stream().map(FileRow.class::cast).toList();
        assertThat(rows).extracting(r -> r.stateProperty().get()).containsExactly("Indexed", "Failed");
        assertThat(rows.get(1).detailProperty().get()).contains("PNG");
        assertThat(robot.lookup(".danger").queryAll()).isNotEmpty();
        assertThat(robot.lookup("#ingestStatus").queryLabeled().getText()).isEqualTo("1 indexed, 0 already indexed, 1 failed");
    }
}
