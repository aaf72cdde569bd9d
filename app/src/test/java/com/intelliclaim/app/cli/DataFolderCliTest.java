package com.intelliclaim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/** Without --data the CLI opens the folder the desktop saved in its settings, and says so. */
class DataFolderCliTest {
    @TempDir
    Path tmp;
    private final String configBefore = System.getProperty("intelliclaim.config");

    @AfterEach
    void restore() {
        if (configBefore == null) {
            System.clearProperty("intelliclaim.config");
        } else {
            System.setProperty("intelliclaim.config", configBefore);
        }
    }

    @Test
    void theCliOpensTheDataFolderSavedInTheDesktopSettings() throws Exception {
        assumeThat(System.getenv("INTELLICLAIM_DATA")).as("INTELLICLAIM_DATA would take precedence").isNull();
        Path config = Files.createDirectories(tmp.resolve("config"));
        Path saved = tmp.resolve("saved data").toAbsolutePath();
        Files.writeString(config.resolve("settings.properties"),
                "dataFolder=" + saved.toString().replace("\\", "\\\\") + "\n");
        System.setProperty("intelliclaim.config", config.toString());

        CliRun run = CliRun.of("docs");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("No documents are indexed in " + saved + " (saved in the desktop's settings)");
        assertThat(saved.resolve("store").resolve("intelliclaim.mv.db")).exists();
    }

    @Test
    void theHelpSaysWhereTheFolderComesFrom() {
        CliRun run = CliRun.of("docs", "--help");

        assertThat(run.out().replaceAll("\\s+", " ")).contains("$INTELLICLAIM_DATA, else the folder saved in the"
                + " desktop's settings, else the user's data folder");
    }
}
