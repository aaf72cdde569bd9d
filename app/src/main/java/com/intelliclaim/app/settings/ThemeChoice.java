package com.intelliclaim.app.settings;

/** The look the analyst picked: follow the operating system, or always light or dark. */
public enum ThemeChoice {
    SYSTEM("Follow the system"),
    LIGHT("Light"),
    DARK("Dark");

    private final String label;

    ThemeChoice(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
