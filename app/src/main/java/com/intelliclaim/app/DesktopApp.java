package com.intelliclaim.app;

import atlantafx.base.theme.PrimerLight;
import com.intelliclaim.app.common.AppLogging;
import com.intelliclaim.app.common.FxTaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.app.documents.DocumentsView;
import com.intelliclaim.app.documents.DocumentsViewModel;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop window. It shows at once; the engine opens in the background (data folder, database, indexes) and the
 * Documents screen appears when it is ready, or the reason it could not open (folder in use, model mismatch …).
 */
public final class DesktopApp extends Application {
    private static String[] launchArgs = new String[0];
    private final FxTaskRunner tasks = new FxTaskRunner();
    private volatile IntelliClaimEngine engine;

    static void launchWith(String[] args) {
        launchArgs = args.clone();
        Application.launch(DesktopApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Path dataDir = AppLogging.dataDir(launchArgs);
        BorderPane root = new BorderPane();
        root.setCenter(centered(new VBox(12, new ProgressIndicator(), new Label("Opening " + dataDir + " …"))));
        Label statusBar = new Label("Data folder: " + dataDir);
        statusBar.setPadding(new Insets(4, 12, 4, 12));
        statusBar.getStyleClass().add("text-muted");
        root.setBottom(statusBar);
        Scene scene = new Scene(root, 1100, 720);
        stage.setTitle("IntelliClaim Desktop");
        stage.setScene(scene);
        stage.show();
        tasks.run("open engine", () -> IntelliClaimEngine.open(EngineConfig.at(dataDir)), opened -> {
            engine = opened;
            DocumentsViewModel model = new DocumentsViewModel(opened, tasks);
            DocumentsView view = new DocumentsView(model);
            root.setCenter(view);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), view::chooseFiles);
            scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), model::cancel);
            model.refresh();
            tasks.run("load model", () -> {
                opened.warmUp();
                return opened.stats();
            }, stats -> statusBar.setText("Data folder: " + dataDir + "   ·   " + stats.documents() + " documents, "
                    + stats.chunks() + " passages   ·   model " + stats.embeddingModel() + "   ·   offline"),
                    e -> statusBar.setText(UserMessages.of(e)));
        }, e -> {
            Label error = new Label("IntelliClaim could not open its data folder.\n\n" + UserMessages.of(e));
            error.setWrapText(true);
            error.setMaxWidth(640);
            error.getStyleClass().add("danger");
            root.setCenter(centered(error));
        });
    }

    private static HBox centered(javafx.scene.Node node) {
        HBox box = new HBox(node);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    @Override
    public void stop() {
        tasks.close();
        IntelliClaimEngine opened = engine;
        if (opened != null) {
            opened.close();
        }
        Platform.exit();
    }
}
