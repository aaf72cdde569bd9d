package com.intelliclaim.app.settings;

import com.intelliclaim.engine.api.LlmSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Settings screen's logic: the form's fields (writable, they are the analyst's input), a plain-words problem for
 * each field that fails its check, save and revert, and "test connection". The saved {@link Settings} and
 * {@link #llmSettings()} are what other screens read. Used on the UI thread.
 */
public final class SettingsViewModel {
    static final String API_KEY = "llm.apiKey";
    private static final Logger log = LoggerFactory.getLogger(SettingsViewModel.class);

    private final SettingsContext context;
    private final Executor ui;
    private final ObjectProperty<LlmProvider> provider = new SimpleObjectProperty<>(LlmProvider.NONE);
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty models = new SimpleStringProperty("");
    private final StringProperty apiKey = new SimpleStringProperty("");
    private final StringProperty dataFolder = new SimpleStringProperty("");
    private final ObjectProperty<ThemeChoice> theme = new SimpleObjectProperty<>(ThemeChoice.SYSTEM);
    private final StringProperty passages = new SimpleStringProperty("");
    private final StringProperty analystName = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper baseUrlError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper modelsError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper apiKeyError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper dataFolderError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passagesError = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper analystNameError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper statusIsError = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper connection = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Boolean> connectionOk = new ReadOnlyObjectWrapper<>(null);
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Settings> saved = new ReadOnlyObjectWrapper<>(Settings.defaults());
    private final BackendForm backend;
    private final EmbeddingForm embedding;
    private String savedKey = "";
    private String savedPassword = "";
    private String savedPasswordProblem = "";

    /** @param ui runs code on the UI thread (connection results arrive on the HTTP client's threads) */
    public SettingsViewModel(SettingsContext context, Executor ui) {
        this.context = context;
        this.ui = ui;
        this.backend = new BackendForm(context.backendChecks(), () -> analystName.get());
        load();
        this.embedding = new EmbeddingForm(saved.get().embeddingModel());
        provider.addListener((o, was, now) -> offerDefaultUrl(was, now));
        for (ObservableValue<?> field : List.of(provider, baseUrl, models, dataFolder, passages, analystName)) {
            field.addListener((o, a, b) -> validate());
        }
        apiKey.addListener((o, a, b) -> apiKeyError.set(""));
        backend.validProperty().addListener((o, a, b) -> validate());
        embedding.folderErrorProperty().addListener((o, a, b) -> validate());
        revert();
    }

    private void load() {
        try {
            saved.set(context.store().load());
        } catch (IOException e) {
            log.warn("Could not read the settings file {}", context.store().path(), e);
            showStatus("Your saved settings in " + context.store().path() + " could not be read; the defaults are"
                    + " shown, and saving replaces the file.", true);
        }
        try {
            savedKey = context.secrets().load(API_KEY).orElse("");
        } catch (SecretStoreException e) {
            log.warn("Could not read the saved API key", e);
            apiKeyError.set(e.getMessage());
        }
        try {
            savedPassword = context.secrets().load(BackendSettings.PASSWORD_SECRET).orElse("");
        } catch (SecretStoreException e) {
            log.warn("Could not read the saved database password", e);
            savedPasswordProblem = e.getMessage();
        }
    }

    /** Puts the saved settings back into the form. */
    public void revert() {
        Settings s = saved.get();
        provider.set(s.provider());
        baseUrl.set(s.baseUrl());
        models.set(String.join(", ", s.models()));
        apiKey.set(savedKey);
        dataFolder.set(s.dataFolder() == null ? "" : s.dataFolder().toString());
        theme.set(s.theme());
        passages.set(Integer.toString(s.passages()));
        analystName.set(s.analystName());
        backend.show(s.backend(), savedPassword);
        embedding.show(s.embeddingModel());
        if (!savedPasswordProblem.isEmpty() && savedPassword.isEmpty() && s.backend().configured()
                && s.backend().dbSecretId().isEmpty()) {
            backend.passwordProblem(savedPasswordProblem);
        }
        validate();
    }

    /** Saves the form when every field passes its check; true when saved. */
    public boolean save() {
        validate();
        if (!valid.get()) {
            showStatus("Some settings need fixing (marked in red); nothing was saved.", true);
            return false;
        }
        Settings next = fromForm();
        boolean modelChanges = embedding.changesModel();
        try {
            context.store().save(next);
            context.secrets().save(API_KEY, apiKey.get());
            context.secrets().save(BackendSettings.PASSWORD_SECRET, backend.passwordToSave());
        } catch (IOException | SecretStoreException e) {
            log.warn("Could not save the settings", e);
            showStatus(e instanceof SecretStoreException ? e.getMessage()
                    : "The settings could not be saved in " + context.store().path() + ". Check that the folder is"
                    + " writable; your entries are still in the form.", true);
            return false;
        }
        savedKey = apiKey.get() == null ? "" : apiKey.get().strip();
        savedPassword = backend.passwordToSave() == null ? "" : backend.passwordToSave();
        savedPasswordProblem = "";
        saved.set(next);
        showStatus("Saved." + (dataFolderChanges(next) ? " The new data folder is used from the next start." : "")
                + (modelChanges ? " The new embedding model is used from the next start, which asks to re-index every"
                + " document." : ""), false);
        return true;
    }

    /** Tries the endpoint in the form for real; the returned future completes once the result is shown. */
    public CompletableFuture<Void> testConnection() {
        CompletableFuture<Void> shown = new CompletableFuture<>();
        if (provider.get() == LlmProvider.NONE) {
            showConnection(false, "Choose an LLM provider first.");
            shown.complete(null);
            return shown;
        }
        Optional<String> urlProblem = SettingsChecks.baseUrl(baseUrl.get());
        if (urlProblem.isPresent()) {
            showConnection(false, urlProblem.get());
            shown.complete(null);
            return shown;
        }
        testing.set(true);
        connectionOk.set(null);
        connection.set("Testing the connection…");
        context.tester().test(baseUrl.get(), apiKey.get(), SettingsChecks.modelList(models.get()))
                .thenAccept(check -> ui.execute(() -> {
                    testing.set(false);
                    showConnection(check.ok(), check.message());
                    shown.complete(null);
                }));
        return shown;
    }

    /** How to reach the LLM per the saved settings and key; empty when none is configured. */
    public Optional<LlmSettings> llmSettings() {
        return saved.get().llm(savedKey);
    }

    /** Where and how the API key is protected, for the analyst. */
    public String keyProtection() {
        return context.secrets().protection();
    }

    /** The embedding model's part of the form. */
    public EmbeddingForm embedding() {
        return embedding;
    }

    /** The model reference to open the data folder with now: the one saved when this window started. */
    public String embeddingModelInUse() {
        return embedding.inUse();
    }

    /** The team backend's part of the form. */
    public BackendForm backend() {
        return backend;
    }

    /** The team backend as saved (with the saved password and name), the lowest layer of the sync settings. */
    public SyncValues savedSyncValues() {
        Settings s = saved.get();
        return s.backend().values(savedPassword, s.analystName());
    }

    /** The data folder open now and when a change applies. */
    public String dataFolderNote() {
        return "In use now: " + context.dataFolderInUse() + ". A change takes effect at the next start, for this"
                + " window and the command line alike; an empty field means the default location. --data on the"
                + " command line, then the INTELLICLAIM_DATA variable, come before this setting.";
    }

    private Settings fromForm() {
        boolean llm = provider.get() != LlmProvider.NONE;
        String folder = dataFolder.get() == null ? "" : dataFolder.get().strip();
        return new Settings(provider.get(), llm ? baseUrl.get() : "",
                llm ? SettingsChecks.modelList(models.get()) : List.of(), folder.isEmpty() ? null : Path.of(folder),
                theme.get(), Integer.parseInt(passages.get().strip()), analystName.get(), backend.settings(),
                embedding.reference());
    }

    private boolean dataFolderChanges(Settings next) {
        Path wanted = next.dataFolder();
        return wanted != null && !wanted.toAbsolutePath().normalize()
                .equals(context.dataFolderInUse().toAbsolutePath().normalize());
    }

    private void offerDefaultUrl(LlmProvider was, LlmProvider now) {
        String url = baseUrl.get() == null ? "" : baseUrl.get().strip();
        if (url.isEmpty() || (was != null && url.equals(was.defaultUrl()))) {
            baseUrl.set(now.defaultUrl());
        }
        connection.set("");
        connectionOk.set(null);
    }

    private void validate() {
        boolean llm = provider.get() != LlmProvider.NONE;
        check(baseUrlError, llm ? SettingsChecks::baseUrl : s -> Optional.empty(), baseUrl.get());
        check(modelsError, llm ? SettingsChecks::models : s -> Optional.empty(), models.get());
        check(dataFolderError, SettingsChecks::dataFolder, dataFolder.get());
        check(passagesError, SettingsChecks::passages, passages.get());
        check(analystNameError, SettingsChecks::analystName, analystName.get());
        boolean fieldsValid = List.of(baseUrlError, modelsError, dataFolderError, passagesError, analystNameError)
                .stream().allMatch(e -> e.get().isEmpty());
        valid.set(fieldsValid && backend.validProperty().get() && embedding.valid());
    }

    private static void check(ReadOnlyStringWrapper error, Function<String, Optional<String>> rule, String value) {
        error.set(rule.apply(value).orElse(""));
    }

    private void showStatus(String text, boolean isError) {
        statusIsError.set(isError);
        status.set(text);
    }

    private void showConnection(boolean ok, String text) {
        connectionOk.set(ok);
        connection.set(text);
    }

    public ObjectProperty<LlmProvider> providerProperty() {
        return provider;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty modelsProperty() {
        return models;
    }

    public StringProperty apiKeyProperty() {
        return apiKey;
    }

    public StringProperty dataFolderProperty() {
        return dataFolder;
    }

    public ObjectProperty<ThemeChoice> themeProperty() {
        return theme;
    }

    public StringProperty passagesProperty() {
        return passages;
    }

    public StringProperty analystNameProperty() {
        return analystName;
    }

    public ReadOnlyStringProperty baseUrlErrorProperty() {
        return baseUrlError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty modelsErrorProperty() {
        return modelsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty apiKeyErrorProperty() {
        return apiKeyError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty dataFolderErrorProperty() {
        return dataFolderError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passagesErrorProperty() {
        return passagesError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty analystNameErrorProperty() {
        return analystNameError.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty statusIsErrorProperty() {
        return statusIsError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** True or false once a test has answered; null before, and while one runs. */
    public ReadOnlyObjectProperty<Boolean> connectionOkProperty() {
        return connectionOk.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    /** The settings as last saved (or loaded at start). */
    public ReadOnlyObjectProperty<Settings> savedProperty() {
        return saved.getReadOnlyProperty();
    }
}
