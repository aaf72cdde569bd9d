package com.intelliclaim.app.shell;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.Filterable;
import com.intelliclaim.app.common.Prewarmable;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * Holds a screen that needs the engine: "opening…" while the data folder opens, the reason when it cannot (with
 * "Re-index now" when the index needs it), the screen itself once the engine is ready, with a warning line above it
 * when the model failed to load.
 */
public final class EngineGate extends BorderPane implements Filterable, Prewarmable {
    private static final String HINT = "If another IntelliClaim window or command is using the folder, close it and"
            + " start again; or choose another data folder or embedding model in Settings (used from the next start).";

    private final EngineLoader loader;
    private final Function<IntelliClaimEngine, Node> content;
    private Node built;

    public EngineGate(EngineLoader loader, Function<IntelliClaimEngine, Node> content) {
        this.loader = loader;
        this.content = content;
        loader.stateProperty().addListener((o, a, b) -> show());
        loader.problemProperty().addListener((o, a, b) -> show());
        show();
    }

    @Override
    public void focusFilter() {
        if (built instanceof Filterable filterable) {
            filterable.focusFilter();
        }
    }

    @Override
    public void prewarm() {
        if (built instanceof Prewarmable prewarmable) {
            prewarmable.prewarm();
        }
    }

    private void show() {
        switch (loader.stateProperty().get()) {
            case OPENING -> setCenter(centered(new ProgressIndicator(), new Label("Opening "
                    + (loader.config() == null ? "the data folder" : loader.config().dataDir()) + " …")));
            case FAILED -> setCenter(centered(problem("IntelliClaim could not open its data folder."), muted(HINT)));
            case NEEDS_REINDEX -> {
                Button reindex = new Button("Re-index now", new FontIcon(Feather.REFRESH_CW));
                reindex.getStyleClass().add(Styles.ACCENT);
                reindex.setOnAction(e -> loader.reindexAndOpen());
                reindex.setId("reindexNow");
                setCenter(centered(problem("The index must be rebuilt before it can be searched."), reindex,
                        muted("Re-index now embeds every document again with the model chosen in Settings (the text"
                                + " and decisions stay as they are). To keep the old index instead, choose its model"
                                + " in Settings and start IntelliClaim again.")));
            }
            case READY -> {
                if (built == null) {
                    loader.whenReady(engine -> built = content.apply(engine));
                }
                setCenter(built);
                String warning = loader.problemProperty().get();
                setTop(warning.isEmpty() ? null : banner(warning));
            }
        }
    }

    private Node problem(String headline) {
        Label title = new Label(headline);
        title.getStyleClass().add(Styles.TITLE_3);
        Label reason = new Label(loader.problemProperty().get());
        reason.setWrapText(true);
        reason.setMaxWidth(640);
        reason.getStyleClass().add(Styles.DANGER);
        reason.setId("engineProblem");
        VBox box = new VBox(8, title, reason);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private static Node muted(String text) {
        Label hint = new Label(text);
        hint.setWrapText(true);
        hint.setMaxWidth(640);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return hint;
    }

    private static Node banner(String text) {
        Label label = new Label(text, new FontIcon(Feather.ALERT_TRIANGLE));
        label.setWrapText(true);
        label.getStyleClass().add(Styles.WARNING);
        label.setPadding(new Insets(8, 16, 0, 16));
        return label;
    }

    private static Node centered(Node... nodes) {
        VBox box = new VBox(16, nodes);
        box.setAlignment(Pos.CENTER);
        box.setPadding(new Insets(24));
        return box;
    }
}
