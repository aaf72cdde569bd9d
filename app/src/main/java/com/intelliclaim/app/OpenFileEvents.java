package com.intelliclaim.app;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * macOS hands "Open with" and a double-clicked PDF to a running app as an Apple event, not as program arguments.
 * This registers AWT's handler for it ({@link Desktop#setOpenFileHandler}), whose files take the command line's
 * way into the window ({@link OpenedFiles}, then ingest). Elsewhere the OS starts the app with the files as
 * arguments, so nothing is registered and AWT is not touched: asking AWT anything would start its toolkit, which
 * costs start time and which the JavaFX window does not need. Called before JavaFX starts, as a macOS app must
 * take the event that launched it early.
 */
final class OpenFileEvents {
    private OpenFileEvents() {
    }

    /**
     * @param osName the {@code os.name} system property
     * @param files  takes each batch of files (on AWT's event thread)
     * @return whether a handler was registered (macOS with a desktop; false when headless or on other systems)
     */
    static boolean register(String osName, Consumer<List<Path>> files) {
        if (osName == null || !osName.toLowerCase(Locale.ROOT).startsWith("mac")) {
            return false;
        }
        try {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.APP_OPEN_FILE)) {
                return false;
            }
            Desktop.getDesktop().setOpenFileHandler(event -> files.accept(accepted(event.getFiles())));
            return true;
        } catch (RuntimeException | LinkageError e) {
            LoggerFactory.getLogger(OpenFileEvents.class).warn("Files opened from the Finder cannot be received", e);
            return false;
        }
    }

    /** The files of an event that still exist, as absolute paths in their order (what the launcher opens too). */
    static List<Path> accepted(List<File> files) {
        return files.stream().map(file -> file.toPath().toAbsolutePath()).filter(Files::exists).toList();
    }
}
