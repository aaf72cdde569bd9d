package com.intelliclaim.app.shell;

/** Where the main window was and how large: restored at the next start when it still fits on a screen. */
public record WindowState(double x, double y, double width, double height, boolean maximized) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;

    public WindowState {
        width = Math.max(MIN_WIDTH, width);
        height = Math.max(MIN_HEIGHT, height);
    }
}
