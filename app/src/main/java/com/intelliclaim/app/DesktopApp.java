package com.intelliclaim.app;

import com.intelliclaim.app.common.AppLogging;
import com.intelliclaim.app.common.ConfigFolder;
import com.intelliclaim.app.common.ErrorDialog;
import com.intelliclaim.app.common.FxStallProbe;
import com.intelliclaim.app.common.UnexpectedErrors;
import com.intelliclaim.app.settings.DataFolderResolver;
import com.intelliclaim.app.shell.OsTheme;
import com.intelliclaim.app.shell.Themes;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop application. The window shows at once; the engine opens in the background. Unexpected errors from any
 * thread reach one handler that logs them and shows a dialog.
 */
public final class DesktopApp extends Application {
    /** Handed from the launcher to the instance JavaFX makes; set once, before launch. */
    private static MainWindow.Options options;
    /** Files named on the command line or sent by macOS ("Open with"), ingested once the window shows. */
    private static OpenedFiles openFiles;
    private MainWindow window;

    static void launchWith(String[] args, List<Path> files) {
        Path config = ConfigFolder.location();
        Path dataDir = DataFolderResolver.standard().choose(AppLogging.dataDirArgument(args)).folder();
        AppLogging.configure(dataDir);
        openFiles = new OpenedFiles(files, Platform::runLater);
        OpenFileEvents.register(System.getProperty("os.name"), openFiles::offer); // before JavaFX starts
        // Asking the OS for its theme runs a process: start now, so the answer is in before the window shows.
        options = new MainWindow.Options(dataDir, config, new Themes(() -> OsTheme.current().prefersDark()));
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        UnexpectedErrors errors = new UnexpectedErrors(Platform::runLater, new ErrorDialog(stage));
        errors.install();
        Thread.currentThread().setUncaughtExceptionHandler(errors);
        window = new MainWindow(stage, options);
        openFiles.attach(window::open);
        stage.setOnShown(e -> Platform.runLater(() -> {
            logStartTime();
            window.openEngine();
        }));
        stage.show();
        if (FxStallProbe.enabled()) {
            probe(window);
        }
    }

    private static void logStartTime() {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        LoggerFactory.getLogger(DesktopApp.class).info("Main window shown {} ms after the JVM started",
                System.currentTimeMillis() - jvmStart);
    }

    /** Logs the longest FX-thread gap during each stretch of background activity (a measuring aid). */
    private static void probe(MainWindow window) {
        Logger log = LoggerFactory.getLogger(FxStallProbe.class);
        FxStallProbe probe = new FxStallProbe();
        probe.start();
        window.activities().busyProperty().addListener((o, was, busy) -> {
            if (busy) {
                probe.reset();
            } else {
                log.info("FX stall probe, background work ended: {}", probe.summary());
            }
        });
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
