package com.intelliclaim.app;

import com.intelliclaim.app.ask.AskSettings;
import com.intelliclaim.app.ask.AskView;
import com.intelliclaim.app.ask.AskViewModel;
import com.intelliclaim.app.cases.ActiveCase;
import com.intelliclaim.app.cases.CasesView;
import com.intelliclaim.app.cases.CasesViewModel;
import com.intelliclaim.app.cli.VersionProvider;
import com.intelliclaim.app.common.AppLogging;
import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.FxTaskRunner;
import com.intelliclaim.app.common.Teammates;
import com.intelliclaim.app.documents.DocumentPicker;
import com.intelliclaim.app.documents.DocumentsView;
import com.intelliclaim.app.documents.DocumentsViewModel;
import com.intelliclaim.app.history.HistoryView;
import com.intelliclaim.app.history.HistoryViewModel;
import com.intelliclaim.app.settings.ConnectionTester;
import com.intelliclaim.app.settings.EncryptedFileSecretStore;
import com.intelliclaim.app.settings.SettingsContext;
import com.intelliclaim.app.settings.SettingsStore;
import com.intelliclaim.app.settings.SettingsView;
import com.intelliclaim.app.settings.SettingsViewModel;
import com.intelliclaim.app.settings.SyncSettingsResolver;
import com.intelliclaim.app.settings.SyncValues;
import com.intelliclaim.app.shell.AboutBox;
import com.intelliclaim.app.shell.AppIcon;
import com.intelliclaim.app.shell.EngineGate;
import com.intelliclaim.app.shell.EngineLoader;
import com.intelliclaim.app.shell.Screen;
import com.intelliclaim.app.shell.ShellStateStore;
import com.intelliclaim.app.shell.ShellView;
import com.intelliclaim.app.shell.ShellViewModel;
import com.intelliclaim.app.shell.Themes;
import com.intelliclaim.app.shell.WindowPlacement;
import com.intelliclaim.app.sync.SyncIndicator;
import com.intelliclaim.app.sync.SyncIndicatorModel;
import com.intelliclaim.engine.api.EngineConfig;
import java.io.File;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kordamp.ikonli.feather.Feather;

/**
 * The main window, put together: the shell with its screens, their view models and the services behind them. The
 * desktop app and the robot tests build it the same way. Add a screen with one line in {@link #screens}.
 */
public final class MainWindow implements AutoCloseable {
    static final String CASES = "cases";
    static final String DOCUMENTS = "documents";
    static final String ASK = "ask";
    static final String HISTORY = "history";
    static final String SETTINGS = "settings";

    /**
     * @param dataDir   the data folder to open
     * @param configDir where settings, window layout and the encrypted key live
     * @param themes    applies the theme choice
     */
    public record Options(Path dataDir, Path configDir, Themes themes) {
    }

    private final Stage stage;
    /** Ingest and other writes; opening the folder and loading the model too, as nothing can overtake them. */
    private final FxTaskRunner tasks = new FxTaskRunner("engine-writes");
    /** Asks and short reads (lists, history), so that they never wait behind a long ingest. */
    private final FxTaskRunner reads = new FxTaskRunner("engine-reads");
    /** Team sync's passes and status reads: the network never holds up a write or a read. */
    private final FxTaskRunner syncLane = new FxTaskRunner("team-sync");
    private final BackgroundActivities activities = new BackgroundActivities();
    private final EngineLoader engine = new EngineLoader(tasks, activities);
    private final DocumentsViewModel documents = new DocumentsViewModel(tasks, reads, activities);
    private final ActiveCase activeCase = new ActiveCase();
    private final SettingsViewModel settings;
    private final SyncIndicatorModel sync;
    /** A teammate is anyone but the name in Settings (or the OS user when it is blank). */
    private final Teammates teammates;
    private final ShellViewModel shell;
    private final ShellView view;
    private final WindowPlacement placement;
    private final Path dataDir;

    public MainWindow(Stage stage, Options options) {
        this.stage = stage;
        SettingsStore store = new SettingsStore(options.configDir());
        EncryptedFileSecretStore secrets = new EncryptedFileSecretStore(options.configDir());
        settings = new SettingsViewModel(new SettingsContext(store, secrets,
                new ConnectionTester(ConnectionTester.DEFAULT_TIMEOUT), options.dataDir(), syncLane),
                Platform::runLater);
        SyncSettingsResolver resolver = new SyncSettingsResolver(System::getenv, store, secrets);
        sync = new SyncIndicatorModel(syncLane, () -> resolver.resolve(SyncValues.NONE, settings.savedSyncValues()),
                SyncIndicatorModel.Timing.standard());
        settings.savedProperty().addListener((o, a, saved) -> sync.settingsChanged());
        teammates = new Teammates(() -> {
            String name = settings.savedProperty().get().analystName();
            return name.isBlank() ? System.getProperty("user.name", "") : name;
        });
        options.themes().apply(settings.savedProperty().get().theme());
        settings.savedProperty().addListener((o, a, saved) -> options.themes().apply(saved.theme()));
        List<Screen> screens = screens();
        shell = new ShellViewModel(screens.stream().map(Screen::id).toList(), new ShellStateStore(options.configDir()),
                activities);
        shell.showDataFolder(options.dataDir());
        shell.trackDocuments(documents.allDocuments());
        view = new ShellView(shell, screens, this::addFiles);
        Scene scene = new Scene(view);
        view.installShortcuts(scene, this::pickFiles);
        AboutBox about = new AboutBox(stage, new AboutBox.Details(VersionProvider.version(),
                AppLogging.folderDescription()));
        view.installAbout(scene, about::show);
        view.installSync(scene, new SyncIndicator(sync), sync::syncNow);
        stage.setTitle("IntelliClaim Desktop");
        stage.getIcons().setAll(AppIcon.images());
        stage.setScene(scene);
        placement = new WindowPlacement(stage, shell.savedWindow());
        stage.setOnCloseRequest(e -> shell.closing(placement.current()));
        engine.whenReady(documents::attach);
        engine.whenReady(sync::attach);
        sync.onTeamWork(documents::refresh);
        // Every drop shows the Documents screen: build it and its ingest queue once the window has drawn the opened
        // folder, not in the frame after the first drop.
        engine.whenReady(opened -> Platform.runLater(() -> view.prepare(DOCUMENTS)));
        this.dataDir = options.dataDir();
    }

    /**
     * Opens the data folder in the background, with the embedding model saved in Settings when the window started;
     * called once the window shows, so the two do not compete.
     */
    public void openEngine() {
        engine.open(EngineConfig.at(dataDir).withEmbeddingModel(settings.embeddingModelInUse()));
    }

    /** The sidebar, in order; Ctrl+1… follow it. Settings stays last. */
    private List<Screen> screens() {
        return List.of(
                new Screen(CASES, "Cases", Feather.BRIEFCASE, () -> new EngineGate(engine, opened -> new CasesView(
                        new CasesViewModel(reads, opened, activeCase, () -> shell.select(ASK),
                                () -> AskSettings.from(settings).analyst())))),
                new Screen(DOCUMENTS, "Documents", Feather.FILE_TEXT,
                        () -> new EngineGate(engine, opened -> new DocumentsView(documents))),
                new Screen(ASK, "Ask", Feather.MESSAGE_CIRCLE, () -> new EngineGate(engine, opened -> new AskView(
                        new AskViewModel(reads, activities, opened, () -> AskSettings.from(settings), activeCase)))),
                new Screen(HISTORY, "History", Feather.CLOCK, () -> new EngineGate(engine, opened -> new HistoryView(
                        new HistoryViewModel(reads, opened, ZoneId.systemDefault(), teammates)))),
                new Screen(SETTINGS, "Settings", Feather.SETTINGS, () -> new SettingsView(settings)));
    }

    private void addFiles(List<File> files) {
        open(files.stream().map(File::toPath).toList());
    }

    /**
     * Shows the Documents screen and ingests the files and folders (those given on the command line by "Open with");
     * files given before the engine is open wait for it.
     */
    public void open(List<Path> paths) {
        if (!paths.isEmpty()) {
            shell.select(DOCUMENTS);
            documents.ingest(paths);
        }
    }

    private void pickFiles() {
        shell.select(DOCUMENTS);
        List<Path> picked = DocumentPicker.files(stage);
        if (!picked.isEmpty()) {
            documents.ingest(picked);
        }
    }

    public ShellView view() {
        return view;
    }

    public ShellViewModel shell() {
        return shell;
    }

    public DocumentsViewModel documents() {
        return documents;
    }

    public SettingsViewModel settings() {
        return settings;
    }

    /** The case the Ask screen asks in, set by the Cases screen. */
    public ActiveCase activeCase() {
        return activeCase;
    }

    /** The status bar's team-sync indicator. */
    public SyncIndicatorModel sync() {
        return sync;
    }

    public BackgroundActivities activities() {
        return activities;
    }

    /** Saves the layout, stops background work and closes the engine. */
    @Override
    public void close() {
        shell.closing(placement.current());
        documents.cancelAll();
        sync.close();
        syncLane.close();
        reads.close();
        tasks.close();
        engine.close();
    }
}
