package com.intelliclaim.app.cli;

import java.nio.file.Path;

/** Points the CLI at a desktop settings folder for the length of one test. */
final class DesktopConfig {
    private DesktopConfig() {
    }

    /** Runs {@code test} with the desktop's settings read from {@code config}, then restores the folder before. */
    static void use(Path config, Runnable test) {
        String before = System.getProperty("intelliclaim.config");
        System.setProperty("intelliclaim.config", config.toString());
        try {
            test.run();
        } finally {
            if (before == null) {
                System.clearProperty("intelliclaim.config");
            } else {
                System.setProperty("intelliclaim.config", before);
            }
        }
    }
}
