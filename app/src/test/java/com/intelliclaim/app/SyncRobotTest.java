package com.intelliclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.sync.TeamServers;
import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Team sync in the window, against a real S3 API (s3proxy) and PostgreSQL: the backend set up in Settings, sync now
 * (F5) until the status bar says up to date, and a teammate's decision shown in History as theirs.
 */
class SyncRobotTest extends MainWindowRobot {
    private static TeamServers servers;
    private static DecisionRecord ashas;

    @BeforeAll
    static void teammateSharesADecision() throws Exception {
        servers = TeamServers.start();
        Path policy = Files.createDirectories(tmp.resolve("asha")).resolve("sample-policy.txt");
        try (InputStream in = SyncRobotTest.class.getResourceAsStream("/scenarios/sample-policy.txt")) {
            Files.copy(in, policy);
        }
        try (IntelliClaimEngine asha = IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("asha").resolve("data")))) {
            asha.ingest(List.of(policy), IngestListener.NONE);
            ashas = asha.ask(new AskRequest("Is cataract surgery covered after 3 years of the policy?", null, null,
                    null, 8, "Asha"));
            asha.sync(servers.values("Asha", TeamServers.PASSWORD).settings(1));
        }
    }

    @AfterAll
    static void stopServers() throws Exception {
        servers.close();
    }

    @Start
    void start(Stage stage) {
        open(stage);
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void backendSetUpInSettingsSyncsAndTheTeammatesDecisionShowsAsTheirs(FxRobot robot) throws Exception {
        Label state = robot.lookup("#syncState").queryAs(Label.class);
        assertThat(state.getText()).isEqualTo("Offline");
        robot.interact(() -> window.shell().select(MainWindow.SETTINGS));

        type(robot, "#syncBucket", TeamServers.BUCKET);
        type(robot, "#syncEndpoint", servers.endpoint());
        robot.interact(() -> robot.lookup("#syncPathStyle").queryAs(CheckBox.class).setSelected(true));
        type(robot, "#syncRegion", "us-east-1");
        type(robot, "#syncJdbcUrl", servers.jdbcUrl());
        type(robot, "#syncDbUser", TeamServers.USER);
        assertThat(robot.lookup("#syncDbPasswordError").queryAs(Label.class).getText())
                .contains("Enter the database password");
        PasswordField password = robot.lookup("#syncDbPassword").queryAs(PasswordField.class);
        robot.interact(() -> password.setText(TeamServers.PASSWORD));
        fire(robot, "#saveSettings");
        assertThat(robot.lookup("#settingsStatus").queryAs(Label.class).getText()).startsWith("Saved.");

        fire(robot, "#testBackend");
        Label tested = robot.lookup("#backendTestResult").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tested.getText().endsWith("passed.")
                || tested.getText().contains("failed"));
        assertThat(tested.getText()).isEqualTo("All 8 checks passed.");
        assertThat(robot.lookup("#backendChecks").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .hasSize(8).allSatisfy(row -> assertThat(row.getStyleClass()).contains("check-passed"));

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> state.getText().startsWith("Up to date"));
        WaitForAsyncUtils.waitForFxEvents(); // the pass's report joins the tooltip in the same UI step, after the text
        assertThat(robot.lookup("#syncPending").queryAs(Label.class).getText()).isEqualTo("Nothing to send");
        assertThat(state.getTooltip().getText()).contains("received 1 documents, 1 decisions");

        robot.interact(() -> window.shell().select(MainWindow.HISTORY));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#historyTable").tryQuery().isPresent()
                && !robot.lookup("#historyTable").queryAs(TableView.class).getItems().isEmpty());
        TableView<DecisionRecord> table = robot.lookup("#historyTable").queryAs(TableView.class);
        assertThat(table.getItems()).extracting(DecisionRecord::id).containsExactly(ashas.id());
        assertThat(robot.lookup(".table-cell").queryAll()).anySatisfy(cell -> assertThat(cell)
                .isInstanceOfSatisfying(javafx.scene.control.Labeled.class, l -> assertThat(l.getText())
                        .isEqualTo("from Asha")));
        robot.interact(() -> table.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#decisionFrom").tryQuery().isPresent());
        assertThat(robot.lookup("#decisionFrom").queryAs(Label.class).getText()).isEqualTo("from Asha");
    }
}
