package com.intelliclaim.app.common;

import atlantafx.base.theme.Styles;
import javafx.beans.property.SimpleStringProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import static org.assertj.core.api.Assertions.assertThat;

/** An inline message takes no room while empty and shows its text, styled, once there is one (headless Monocle). */
@ExtendWith(ApplicationExtension.class)
class InlineMessageTest {
    private final SimpleStringProperty problem = new SimpleStringProperty("");
    private Label label;

    @Start
    void start(Stage stage) {
        label = InlineMessage.label(problem, Styles.DANGER, "problem");
        stage.setScene(new Scene(new VBox(label), 300, 100));
        stage.show();
    }

    @Test
    void showsItsTextOnlyWhileThereIsOne(FxRobot robot) {
        assertThat(label.getId()).isEqualTo("problem");
        assertThat(label.getStyleClass()).contains(Styles.DANGER);
        assertThat(label.isWrapText()).isTrue();
        assertThat(label.isVisible()).isFalse();
        assertThat(label.isManaged()).isFalse();

        robot.interact(() -> problem.set("The claim number is taken by another case."));
        assertThat(label.getText()).isEqualTo("The claim number is taken by another case.");
        assertThat(label.isVisible()).isTrue();
        assertThat(label.isManaged()).isTrue();

        robot.interact(() -> problem.set(""));
        assertThat(label.isVisible()).isFalse();
        assertThat(label.isManaged()).isFalse();
    }
}
