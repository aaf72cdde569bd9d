package com.intelliclaim.app.settings;

import com.intelliclaim.app.common.ConfigFolder;
import com.intelliclaim.app.common.PropertiesFile;
import com.intelliclaim.app.settings.DataFolderChoice.Source;
import com.intelliclaim.engine.store.DataFolder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one rule for which data folder the desktop app and the CLI open: {@code --data} when given, else
 * {@code INTELLICLAIM_DATA}, else the folder saved in the desktop's settings, else the platform's default. Used before
 * logging starts (the log lives in the data folder), so it logs nothing.
 */
public final class DataFolderResolver {
    static final String ENVIRONMENT = "INTELLICLAIM_DATA";

    private final Map<String, String> environment;
    private final Path configFolder;
    private final Supplier<Path> platformDefault;

    /**
     * @param environment     the process environment (INTELLICLAIM_DATA is read from it)
     * @param configFolder    the folder holding {@code settings.properties}
     * @param platformDefault the platform's default data folder
     */
    public DataFolderResolver(Map<String, String> environment, Path configFolder, Supplier<Path> platformDefault) {
        this.environment = Map.copyOf(environment);
        this.configFolder = configFolder;
        this.platformDefault = platformDefault;
    }

    /** The rule over this process: its environment, {@link ConfigFolder#location()} and the platform default. */
    public static DataFolderResolver standard() {
        return new DataFolderResolver(System.getenv(), ConfigFolder.location(), DataFolder::defaultLocation);
    }

    /** The data folder to open, given the {@code --data} argument if there was one. */
    public DataFolderChoice choose(Optional<Path> commandLine) {
        if (commandLine.isPresent()) {
            return new DataFolderChoice(commandLine.get(), Source.COMMAND_LINE);
        }
        String fromEnvironment = environment.get(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new DataFolderChoice(Path.of(fromEnvironment.strip()), Source.ENVIRONMENT);
        }
        return saved().map(folder -> new DataFolderChoice(folder, Source.SETTINGS))
                .orElseGet(() -> new DataFolderChoice(platformDefault.get(), Source.PLATFORM_DEFAULT));
    }

    private Optional<Path> saved() {
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
