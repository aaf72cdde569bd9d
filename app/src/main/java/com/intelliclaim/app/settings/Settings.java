package com.intelliclaim.app.settings;

import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.LlmSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The analyst's saved settings, already validated (see {@link SettingsChecks}). The API key and the database password are not
 * here: they live in the {@link SecretStore}.
 *
 * @param provider    which LLM drafts decisions, if any
 * @param baseUrl     the LLM endpoint's base URL (blank when the provider is NONE)
 * @param models      model names, preferred first (empty when the provider is NONE)
 * @param dataFolder  the data folder to open at the next start; null for the default location
 * @param theme       light, dark or follow the system
 * @param passages    how many passages a question retrieves, 1 to {@link #MAX_PASSAGES}
 * @param analystName the name recorded on decisions (and on what team sync sends)
 * @param backend     the team backend for sync (its password is in the {@link SecretStore} too)
 * @param embeddingModel the embedding model to open the data folder with at the next start, as the engine names it
 *                    (a bundled model's id, or {@code pytorch:FOLDER}; see {@link EmbeddingChoice})
 */
public record Settings(LlmProvider provider, String baseUrl, List<String> models, Path dataFolder, ThemeChoice theme,
                       int passages, String analystName, BackendSettings backend,
                       String embeddingModel) {
    public static final int MIN_PASSAGES = 1;
    public static final int MAX_PASSAGES = 50;
    public static final int DEFAULT_PASSAGES = 8;

    public Settings {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(theme, "theme");
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        models = List.copyOf(models);
        analystName = analystName == null ? "" : analystName.strip();
        backend = Objects.requireNonNullElse(backend, BackendSettings.none());
        embeddingModel = embeddingModel == null || embeddingModel.isBlank() ? EngineConfig.DEFAULT_EMBEDDING_MODEL
                : embeddingModel.strip();
    }

    /**
     * Defaults: no LLM, the default data folder and embedding model, follow the system's theme, the OS user as
     * analyst.
     */
    public static Settings defaults() {
        return new Settings(LlmProvider.NONE, "", List.of(), null, ThemeChoice.SYSTEM, DEFAULT_PASSAGES,
                System.getProperty("user.name", ""), BackendSettings.none(), EngineConfig.DEFAULT_EMBEDDING_MODEL);
    }

    /** The data folder to use when none is given on the command line. */
    public Optional<Path> dataFolderSetting() {
        return Optional.ofNullable(dataFolder);
    }

    /** How the engine reaches the LLM with this key; empty when no LLM is configured. */
    public Optional<LlmSettings> llm(String apiKey) {
        return provider.engineProvider().map(p -> new LlmSettings(p, baseUrl, models,
                apiKey == null || apiKey.isBlank() ? null : apiKey, LlmSettings.DEFAULT_TIMEOUT));
    }
}
