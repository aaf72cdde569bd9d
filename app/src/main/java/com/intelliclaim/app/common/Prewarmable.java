package com.intelliclaim.app.common;

/** A screen with controls that appear only later (when work starts) and are worth laying out once in advance. */
public interface Prewarmable {
    /**
     * Creates, styles and lays out the controls that the screen shows only later, then hides them again, so that
     * their first appearance does not hold up one frame. Called once on the UI thread, while the screen is in the
     * window's scene at its size but not shown; it must leave the screen as it found it.
     */
    void prewarm();
}
