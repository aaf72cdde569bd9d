package com.intelliclaim.app.settings;

import com.intelliclaim.app.common.PropertiesFile;
import com.intelliclaim.engine.store.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which data folder the desktop app opens: {@code --data} when given, else the folder saved in the settings, else
 * the default location. Read before logging starts (the log lives in the data folder), so this class logs nothing.
 */
public final class StartupDataFolder {
    private StartupDataFolder() {
    }

    public static Path resolve(Optional<Path> commandLine, Path configFolder) {
        if (commandLine.isPresent()) {
            return commandLine.get();
        }
        return saved(configFolder).orElseGet(DataFolder::defaultLocation);
    }

    static Optional<Path> saved(Path configFolder) {
        try {
            String value = new PropertiesFile(configFolder.resolve("settings.properties")).load().get("dataFolder");
            if (value == null || value.isBlank() || SettingsChecks.dataFolder(value).isPresent()) {
                return Optional.empty(); // the settings screen reports an invalid value when it loads the file
            }
            return Optional.of(Path.of(value.strip()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
