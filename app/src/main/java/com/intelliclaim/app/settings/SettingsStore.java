package com.intelliclaim.app.settings;

import com.intelliclaim.app.common.PropertiesFile;
import com.intelliclaim.engine.embed.EmbeddingModels;
import com.intelliclaim.engine.sync.DatabaseAuth;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads and writes {@link Settings} as {@code settings.properties} in the configuration folder. A value that does not
 * pass its check (edited by hand, or from another version) falls back to its default, with a warning in the log.
 */
public final class SettingsStore {
    private static final Logger log = LoggerFactory.getLogger(SettingsStore.class);
    private final PropertiesFile file;

    public SettingsStore(Path configFolder) {
        this.file = new PropertiesFile(configFolder.resolve("settings.properties"));
    }

    public Path path() {
        return file.path();
    }

    /** The saved settings, or the defaults for what is missing or invalid. */
    public Settings load() throws IOException {
        Map<String, String> p = file.load();
        Settings d = Settings.defaults();
        LlmProvider provider = enumValue(p, "llm.provider", LlmProvider.class, d.provider());
        String url = p.getOrDefault("llm.baseUrl", "");
        String models = p.getOrDefault("llm.models", "");
        if (provider != LlmProvider.NONE && (SettingsChecks.baseUrl(url).isPresent()
                || SettingsChecks.models(models).isPresent())) {
            log.warn("The saved LLM settings in {} are incomplete; using no LLM", file.path());
            provider = LlmProvider.NONE;
        }
        String folder = p.getOrDefault("dataFolder", "");
        String passages = p.getOrDefault("retrieval.passages", Integer.toString(d.passages()));
        String name = p.getOrDefault("analyst.name", d.analystName());
        return new Settings(provider, url, SettingsChecks.modelList(models),
                valid("dataFolder", SettingsChecks.dataFolder(folder)) && !folder.isBlank() ? Path.of(folder.strip()) : null,
                enumValue(p, "theme", ThemeChoice.class, d.theme()),
                valid("retrieval.passages", SettingsChecks.passages(passages)) ? Integer.parseInt(passages.strip())
                        : d.passages(),
                valid("analyst.name", SettingsChecks.analystName(name)) ? name : d.analystName(), backend(p),
                embeddingModel(p, d.embeddingModel()));
    }

    /**
     * The saved model reference. A TorchScript folder is kept even when it is no longer usable: the form and the
     * engine then say what is wrong with it, instead of the folder being opened with another model.
     */
    private String embeddingModel(Map<String, String> p, String fallback) {
        String value = p.getOrDefault("embedding.model", "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        if (EmbeddingChoice.of(value) == EmbeddingChoice.TORCHSCRIPT
                && !value.startsWith(EmbeddingModels.PYTORCH_PREFIX)) {
            log.warn("Ignoring the saved embedding.model in {}: there is no bundled model \"{}\"", file.path(), value);
            return fallback;
        }
        return value;
    }

    /** The team backend; a value that fails its check is left blank (sync then says what is missing). */
    private BackendSettings backend(Map<String, String> p) {
        BackendSettings none = BackendSettings.none();
        String interval = p.getOrDefault("sync.intervalSeconds", Integer.toString(none.intervalSeconds()));
        return new BackendSettings(checked(p, "sync.s3.bucket", BackendChecks::bucket),
                checked(p, "sync.s3.endpoint", BackendChecks::endpoint),
                Boolean.parseBoolean(p.getOrDefault("sync.s3.pathStyle", "false").strip()),
                checked(p, "sync.s3.kmsKeyId", BackendChecks::kmsKeyId), checked(p, "sync.region", BackendChecks::region),
                checked(p, "sync.db.jdbcUrl", BackendChecks::jdbcUrl), checked(p, "sync.db.sslMode", BackendChecks::sslMode),
                checked(p, "sync.db.rootCertificate", BackendChecks::rootCertificate), p.getOrDefault("sync.db.user", ""),
                enumValue(p, "sync.db.auth", DatabaseAuth.class, none.auth()),
                checked(p, "sync.db.secretId", BackendChecks::secretId),
                valid("sync.intervalSeconds", BackendChecks.interval(interval)) ? Integer.parseInt(interval.strip())
                        : none.intervalSeconds());
    }

    private String checked(Map<String, String> p, String key, Function<String, Optional<String>> check) {
        String value = p.getOrDefault(key, "");
        return value.isBlank() || valid(key, check.apply(value)) ? value : "";
    }

    public void save(Settings s) throws IOException {
        Map<String, String> p = new HashMap<>();
        p.put("llm.provider", s.provider().name());
        p.put("llm.baseUrl", s.baseUrl());
        p.put("llm.models", String.join(",", s.models()));
        p.put("dataFolder", s.dataFolder() == null ? "" : s.dataFolder().toString());
        p.put("theme", s.theme().name());
        p.put("retrieval.passages", Integer.toString(s.passages()));
        p.put("analyst.name", s.analystName());
        p.put("embedding.model", s.embeddingModel());
        BackendSettings b = s.backend();
        p.put("sync.s3.bucket", b.bucket());
        p.put("sync.s3.endpoint", b.endpoint());
        p.put("sync.s3.pathStyle", Boolean.toString(b.pathStyle()));
        p.put("sync.s3.kmsKeyId", b.kmsKeyId());
        p.put("sync.region", b.region());
        p.put("sync.db.jdbcUrl", b.jdbcUrl());
        p.put("sync.db.sslMode", b.sslMode());
        p.put("sync.db.rootCertificate", b.rootCertificate());
        p.put("sync.db.user", b.dbUser());
        p.put("sync.db.auth", b.auth().name());
        p.put("sync.db.secretId", b.dbSecretId());
        p.put("sync.intervalSeconds", Integer.toString(b.intervalSeconds()));
        file.save(p, "IntelliClaim settings (the API key and database password are not here: see secrets.properties)");
    }

    private boolean valid(String key, Optional<String> problem) {
        problem.ifPresent(reason -> log.warn("Ignoring the saved {} in {}: {}", key, file.path(), reason));
        return problem.isEmpty();
    }

    private <E extends Enum<E>> E enumValue(Map<String, String> p, String key, Class<E> type, E fallback) {
        String value = p.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring the saved {} in {}: unknown value", key, file.path());
            return fallback;
        }
    }
}
