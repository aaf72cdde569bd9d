package com.intelliclaim.app.shell;

import java.util.Optional;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Restores the saved window layout when it is still on a screen (monitors change), and remembers the last
 * un-maximized bounds so that a maximized window comes back maximized over sensible bounds.
 */
public final class WindowPlacement {
    static final double DEFAULT_WIDTH = 1180;
    static final double DEFAULT_HEIGHT = 760;
    private final Stage stage;
    private double x;
    private double y;
    private double width;
    private double height;

    public WindowPlacement(Stage stage, Optional<WindowState> saved) {
        this.stage = stage;
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowState state = saved.filter(WindowPlacement::visible).orElse(null);
        if (state != null) {
            stage.setX(state.x());
            stage.setY(state.y());
            stage.setWidth(state.width());
            stage.setHeight(state.height());
            stage.setMaximized(state.maximized());
        } else {
            stage.setWidth(Math.min(DEFAULT_WIDTH, primary.getWidth()));
            stage.setHeight(Math.min(DEFAULT_HEIGHT, primary.getHeight()));
            stage.centerOnScreen();
        }
        stage.setMinWidth(WindowState.MIN_WIDTH);
        stage.setMinHeight(WindowState.MIN_HEIGHT);
        remember();
        stage.xProperty().addListener((o, a, b) -> remember());
        stage.yProperty().addListener((o, a, b) -> remember());
        stage.widthProperty().addListener((o, a, b) -> remember());
        stage.heightProperty().addListener((o, a, b) -> remember());
    }

    /** The layout to save now. */
    public WindowState current() {
        return new WindowState(x, y, width, height, stage.isMaximized());
    }

    private void remember() {
        if (!stage.isMaximized() && !Double.isNaN(stage.getX()) && !Double.isNaN(stage.getWidth())) {
            x = stage.getX();
            y = stage.getY();
            width = stage.getWidth();
            height = stage.getHeight();
        }
    }

    /** At least a grip's worth (100 × 40 px of the title bar) must be on some screen. */
    private static boolean visible(WindowState state) {
        Rectangle2D grip = new Rectangle2D(state.x(), state.y(), Math.min(100, state.width()), 40);
        return Screen.getScreens().stream().anyMatch(s -> s.getVisualBounds().intersects(grip));
    }
}
