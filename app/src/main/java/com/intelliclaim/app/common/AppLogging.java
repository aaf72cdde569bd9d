package com.intelliclaim.app.common;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Points the log file at the data folder's {@code logs} folder before the first logger is made (logback reads the
 * {@code intelliclaim.logdir} property in {@code logback.xml}). Warnings also go to standard error, so a support
 * engineer finds the cause either way; no document text or claim data is logged.
 */
public final class AppLogging {
    private AppLogging() {
    }

    /** Logs go to {@code dataDir/logs} unless {@code -Dintelliclaim.logdir} says otherwise. */
    public static void configure(Path dataDir) {
        if (System.getProperty("intelliclaim.logdir") == null) {
            System.setProperty("intelliclaim.logdir", dataDir.resolve("logs").toString());
        }
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
