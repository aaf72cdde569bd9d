package com.intelliclaim.app;

import com.intelliclaim.app.shell.Themes;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole main window for a robot test, headless under Monocle, with the real engine: a fresh data and config
 * folder per test (light theme), the engine opened, the window closed after the test. TestFX finds {@code @Start}
 * only on the test class itself, so each subclass declares {@code @Start void start(Stage s) { open(s); }}.
 */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowRobot {
    @TempDir
    static Path tmp;
    MainWindow window;

    /** Shows the window on the stage TestFX gives the test, and opens the engine. */
    final void open(Stage stage) {
        Path run = tmp.resolve("run-" + System.nanoTime());
        window = new MainWindow(stage, new MainWindow.Options(run.resolve("data"), run.resolve("config"),
                new Themes(() -> false)));
        stage.show();
        window.openEngine();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(window::close);
    }

    /** Presses Ctrl with {@code key} and waits for the FX events it caused. */
    static void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL).press(key).release(key).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks the node with this CSS id in the window. The node is found on the FX thread: TestFX's own lookup walks the
     * scene from the test thread while background work finishing on the FX thread changes it, and then now and then
     * meets a node just taken out of the scene (a NullPointerException inside TestFX).
     */
    final FxRobotInterface click(FxRobot robot, String id) {
        Node[] found = new Node[1];
        robot.interact(() -> found[0] = window.view().lookup(id));
        if (found[0] == null) {
            throw new AssertionError("The window shows no node " + id);
        }
        return robot.clickOn(found[0]);
    }

    /** Fires the button with this CSS id, found and fired on the FX thread (see {@link #click}). */
    final void fire(FxRobot robot, String id) {
        robot.interact(() -> {
            if (!(window.view().lookup(id) instanceof Button button)) {
                throw new AssertionError("The window shows no button " + id);
            }
            button.fire();
        });
    }
}
