package com.intelliclaim.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.shape.Rectangle;
import org.junit.jupiter.api.Test;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** Ask, click a citation, and page through the drawn PDF: the whole main window under Monocle, the real engine. */
class PageViewerRobotTest extends MainWindowRobot {
    @Start
    void start(Stage stage) {
        open(stage);
    }

    @Test
    void aClickedCitationShowsItsDrawnPageWithTheCitedWordsBoxedAndPagesAndZoomsFromTheKeyboard(FxRobot robot)
            throws Exception {
        Path policy = SamplePdfs.policy(tmp.resolve("policy.pdf"));
        robot.interact(() -> window.view().acceptDrop(List.of(policy.toFile())));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> window.documents().allDocuments().size() == 1
                && !window.documents().busyProperty().get());
        robot.interact(() -> window.shell().select(MainWindow.ASK));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#question").tryQuery().isPresent());
        click(robot, "#question").write("60-year-old woman, cataract surgery in Pune, policy 30 months old");
        robot.press(KeyCode.CONTROL).press(KeyCode.ENTER).release(KeyCode.ENTER).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#citation-0").tryQuery().isPresent());

        Hyperlink citation = robot.lookup("#citation-0").queryAs(Hyperlink.class);
        int page = Integer.parseInt(citation.getText().replaceAll(".*, page (\\d+).*", "$1"));
        robot.interact(citation::fire);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pageImage").tryQuery().isPresent()
                && robot.lookup("#citedHighlight").tryQuery().isPresent());

        assertThat(robot.lookup("#pageTitle").queryLabeled().getText()).endsWith("page " + page + " of 3");
        assertThat(robot.lookup("#pageNumber").queryAs(TextField.class).getText()).isEqualTo(String.valueOf(page));
        Image first = robot.lookup("#pageImage").queryAs(ImageView.class).getImage();
        assertThat(first.getWidth()).isCloseTo(595, org.assertj.core.data.Offset.offset(1.0));
        Rectangle mark = robot.lookup("#citedHighlight").queryAs(Rectangle.class);
        assertThat(mark.getWidth()).isPositive();
        assertThat(mark.getY()).isBetween(0.0, first.getHeight());
        assertThat(robot.lookup("#pageNote").queryAs(Label.class).getText()).isEmpty();

        boolean forward = page < 3;
        robot.clickOn(forward ? "#nextPage" : "#previousPage");
        int other = forward ? page + 1 : page - 1;
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pageTitle").queryLabeled().getText()
                .endsWith("page " + other + " of 3")
                && robot.lookup("#pageImage").queryAs(ImageView.class).getImage() != first);
        assertThat(robot.lookup("#pageNumber").queryAs(TextField.class).getText()).isEqualTo(String.valueOf(other));

        click(robot, "#pageImage");
        robot.press(KeyCode.CONTROL).press(KeyCode.EQUALS).release(KeyCode.EQUALS).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pageImage").queryAs(ImageView.class)
                .getImage().getWidth() > 700);
        assertThat(robot.lookup("#zoomLevel").queryLabeled().getText()).isEqualTo("125 %");

        click(robot, "#pageNumber").push(KeyCode.CONTROL, KeyCode.A).write(String.valueOf(page)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#pageTitle").queryLabeled().getText()
                .endsWith("page " + page + " of 3") && robot.lookup("#citedHighlight").tryQuery().isPresent());
    }
}
