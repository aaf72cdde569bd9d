package com.intelliclaim.app.settings;

import java.nio.file.Path;

/**
 * The data folder the app and the CLI open, and where that choice came from.
 *
 * @param folder the data folder
 * @param source which rule chose it
 */
public record DataFolderChoice(Path folder, Source source) {
    /** Where a data folder choice came from, first match wins. */
    public enum Source {
        COMMAND_LINE("given with --data"),
        ENVIRONMENT("from INTELLICLAIM_DATA"),
        SETTINGS("saved in the desktop's settings"),
        PLATFORM_DEFAULT("the default location");

        private final String words;

        Source(String words) {
            this.words = words;
        }

        /** How the choice reads to a person, e.g. "saved in the desktop's settings". */
        public String words() {
            return words;
        }
    }

    /** The folder with its origin, e.g. "/data/ic (saved in the desktop's settings)". */
    public String describe() {
        return folder + " (" + source.words() + ")";
    }
}
