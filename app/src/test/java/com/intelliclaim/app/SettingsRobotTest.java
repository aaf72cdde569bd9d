package com.intelliclaim.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.settings.EmbeddingChoice;
import com.intelliclaim.app.shell.Themes;
import com.intelliclaim.engine.sync.DatabaseAuth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Settings entries for the team database's Secrets Manager secret and for the embedding model, in the window:
 * the secret standing in for the password, and a new model leading at the next start to "Re-index now" rather than
 * to a failure.
 */
class SettingsRobotTest extends MainWindowRobot {
    private Stage stage;
    private MainWindow.Options options;

    @Start
    void start(Stage s) {
        stage = s;
        Path run = tmp.resolve("settings-" + System.nanoTime());
        options = new MainWindow.Options(run.resolve("data"), run.resolve("config"), new Themes(() -> false));
        show();
    }

    private void show() {
        window = new MainWindow(stage, options);
        stage.show();
        window.openEngine();
    }

    private static void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    @Test
    void aSecretIdStandsInForThePasswordAndTheTwoTogetherCannotBeSaved(FxRobot robot) throws Exception {
        robot.interact(() -> window.shell().select(MainWindow.SETTINGS));
        type(robot, "#syncBucket", "team-documents");
        type(robot, "#syncRegion", "ap-south-1");
        type(robot, "#syncJdbcUrl", "jdbc:postgresql://db.example.com:5432/team");
        assertThat(label(robot, "#syncDbPasswordError").getText()).contains("give a Secrets Manager secret instead");
        assertThat(label(robot, "#syncDbUserError").isVisible()).isTrue();

        type(robot, "#syncDbSecretId", "rds!db-1a2b3c4d");
        assertThat(label(robot, "#syncDbPasswordError").isVisible()).isFalse();
        assertThat(label(robot, "#syncDbUserError").isVisible()).isFalse();
        fire(robot, "#saveSettings");
        assertThat(label(robot, "#settingsStatus").getText()).startsWith("Saved.");
        assertThat(Files.readString(options.configDir().resolve("settings.properties")))
                .contains("sync.db.secretId=rds\\!db-1a2b3c4d");

        PasswordField password = robot.lookup("#syncDbPassword").queryAs(PasswordField.class);
        robot.interact(() -> password.setText("pw"));
        Label secretError = label(robot, "#syncDbSecretIdError");
        assertThat(secretError.isVisible()).isTrue();
        assertThat(secretError.getText()).startsWith("Give the password or the secret, not both");
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isTrue();

        ComboBox<DatabaseAuth> auth = robot.lookup("#syncDbAuth").queryAs(ComboBox.class);
        robot.interact(() -> auth.setValue(DatabaseAuth.IAM));
        assertThat(robot.lookup("#syncDbSecretId").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(secretError.isVisible()).isFalse();
        assertThat(label(robot, "#syncDbUserError").getText()).isEqualTo("Enter the database user."); // IAM needs one
        type(robot, "#syncDbUser", "analyst");
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isFalse();
    }

    @Test
    void anotherModelIsCheckedSavedAndAtTheNextStartOffersToReIndex(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#newCase").tryQuery().isPresent());
        robot.interact(() -> window.shell().select(MainWindow.SETTINGS));
        ComboBox<EmbeddingChoice> choice = robot.lookup("#embeddingModel").queryAs(ComboBox.class);
        TextField folder = robot.lookup("#embeddingFolder").queryAs(TextField.class);
        assertThat(folder.isDisabled()).isTrue();

        Path notAModel = Files.createDirectories(tmp.resolve("not-a-model-" + System.nanoTime()));
        Files.writeString(notAModel.resolve("model.pt"), "x");
        robot.interact(() -> choice.setValue(EmbeddingChoice.TORCHSCRIPT));
        robot.interact(() -> folder.setText(notAModel.toString()));
        assertThat(label(robot, "#embeddingFolderError").getText()).contains(notAModel.toString())
                .contains("it has no tokenizer.json");
        assertThat(robot.lookup("#saveSettings").queryAs(Button.class).isDisabled()).isTrue();

        robot.interact(() -> choice.setValue(EmbeddingChoice.FLOAT));
        assertThat(folder.isDisabled()).isTrue();
        Label change = label(robot, "#embeddingChange");
        assertThat(change.isVisible()).isTrue();
        assertThat(change.getText()).contains("every document is then embedded again");
        fire(robot, "#saveSettings");
        assertThat(label(robot, "#settingsStatus").getText()).contains("re-index every document");

        robot.interact(() -> {
            window.close();
            show();
            window.shell().select(MainWindow.CASES);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#reindexNow").tryQuery().isPresent());
        assertThat(label(robot, "#engineProblem").getText())
                .contains("built with the embedding model all-minilm-l6-v2-q")
                .contains("the configured model is all-minilm-l6-v2");
        fire(robot, "#reindexNow");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#newCase").tryQuery().isPresent());
        assertThat(window.settings().embeddingModelInUse()).isEqualTo("all-minilm-l6-v2");
    }
}
