package com.intelliclaim.app.settings;

import com.intelliclaim.app.settings.DataFolderChoice.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/** --data, then INTELLICLAIM_DATA, then the folder saved in the settings, then the platform default. */
class DataFolderResolverTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "--data {0}, env {1}, saved {2} -> {3} ({4})")
    @CsvSource(nullValues = "-", value = {
            "cli,  env,  saved,    cli,      COMMAND_LINE",
            "cli,  -,    -,        cli,      COMMAND_LINE",
            "-,    env,  saved,    env,      ENVIRONMENT",
            "-,    env,  -,        env,      ENVIRONMENT",
            "-,    ' ',  saved,    saved,    SETTINGS",
            "-,    -,    saved,    saved,    SETTINGS",
            "-,    -,    ' ',      default,  PLATFORM_DEFAULT",
            "-,    -,    relative, default,  PLATFORM_DEFAULT",
            "-,    -,    -,        default,  PLATFORM_DEFAULT",
    })
    void theFirstRuleThatHasAFolderWins(String cli, String env, String saved, String expected, Source source)
            throws Exception {
        Path config = Files.createDirectories(tmp.resolve("config"));
        if (saved != null) {
            String value = saved.equals("relative") ? "some/relative/folder" : saved.isBlank() ? "" : folder(saved)
                    .toString();
            Files.writeString(config.resolve("settings.properties"), "dataFolder=" + value.replace("\\", "\\\\"));
        }
        Map<String, String> environment = new HashMap<>();
        if (env != null) {
            environment.put("INTELLICLAIM_DATA", env.isBlank() ? env : folder(env).toString());
        }
        DataFolderResolver resolver = new DataFolderResolver(environment, config, () -> folder("default"));

        DataFolderChoice choice = resolver.choose(Optional.ofNullable(cli).map(this::folder));

        assertThat(choice).isEqualTo(new DataFolderChoice(folder(expected), source));
        assertThat(choice.describe()).startsWith(folder(expected).toString()).endsWith("(" + source.words() + ")");
    }

    private Path folder(String name) {
        return tmp.resolve(name).toAbsolutePath();
    }
}
