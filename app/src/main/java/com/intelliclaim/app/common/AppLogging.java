package com.intelliclaim.app.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Points the log file at its folder before the first logger is made (logback reads the {@code intelliclaim.logdir}
 * property in {@code logback.xml}): the data folder's {@code logs} folder, or the platform's log location
 * ({@link LogFolder}) when {@code -Dintelliclaim.logs=platform} is given, as the installed app's launcher does.
 * Warnings also go to standard error, so a support engineer finds the cause either way; no document text or claim
 * data is logged.
 */
public final class AppLogging {
    private static final String LOG_DIR = "intelliclaim.logdir";

    private AppLogging() {
    }

    /**
     * Logs go to {@code dataDir/logs}, or to the platform's log location with {@code -Dintelliclaim.logs=platform},
     * unless {@code -Dintelliclaim.logdir} names the folder.
     */
    public static void configure(Path dataDir) {
        if (System.getProperty(LOG_DIR) == null) {
            Path folder = "platform".equals(System.getProperty("intelliclaim.logs"))
                    ? LogFolder.platformLocation() : dataDir.resolve("logs");
            System.setProperty(LOG_DIR, folder.toString());
        }
    }

    /** The log folder in words for a message: its path once configured. */
    public static String folderDescription() {
        String folder = System.getProperty(LOG_DIR);
        return folder == null ? "the data folder's logs folder" : folder;
    }

    /** The data folder the arguments name with --data (either form), if they do. */
    public static Optional<Path> dataDirArgument(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if ("--data".equals(args[i]) && i + 1 < args.length) {
                return Optional.of(Path.of(args[i + 1]));
            }
            if (args[i].startsWith("--data=")) {
                return Optional.of(Path.of(args[i].substring("--data=".length())));
            }
        }
        return Optional.empty();
    }
}
