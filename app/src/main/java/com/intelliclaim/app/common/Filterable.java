package com.intelliclaim.app.common;

/** A screen with a filter field that Ctrl+F focuses. */
public interface Filterable {
    /** Moves the keyboard focus to the filter field and selects its text; called on the UI thread. */
    void focusFilter();
}
