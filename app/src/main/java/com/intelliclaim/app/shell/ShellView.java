package com.intelliclaim.app.shell;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.Filterable;
import com.intelliclaim.app.common.Prewarmable;
import java.io.File;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window's content: the sidebar of screens, the screen shown, and the status bar. Files dropped anywhere on
 * it go to {@code onFiles}; it installs the window's shortcuts (Ctrl+1… screens, Ctrl+O, Ctrl+F, Esc).
 */
public final class ShellView extends BorderPane {
    private static final KeyCode[] DIGITS = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4,
        KeyCode.DIGIT5, KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};

    private final ShellViewModel model;
    private final Map<String, Screen> screens = new HashMap<>();
    private final Map<String, Node> built = new HashMap<>();
    private final Map<String, ToggleButton> buttons = new HashMap<>();
    private final StackPane content = new StackPane();
    private final Consumer<List<File>> onFiles;
    private final StatusBar statusBar;
    private VBox sidebar;

    /**
     * @param screens the screens, in the order of {@code model.screens()}
     * @param onFiles takes files dropped on the window
     */
    public ShellView(ShellViewModel model, List<Screen> screens, Consumer<List<File>> onFiles) {
        this.model = model;
        this.onFiles = onFiles;
        screens.forEach(s -> this.screens.put(s.id(), s));
        setLeft(sidebar(screens));
        setCenter(content);
        statusBar = new StatusBar(model);
        setBottom(statusBar);
        model.selectedProperty().addListener((o, a, id) -> show(id));
        show(model.selectedProperty().get());
        setOnDragOver(this::dragOver);
        setOnDragDropped(e -> {
            boolean taken = e.getDragboard().hasFiles() && acceptDrop(e.getDragboard().getFiles());
            e.setDropCompleted(taken);
            e.consume();
        });
    }

    /** Takes dropped files (the drop handler's work; tests call it, as a drop cannot be synthesised headless). */
    public boolean acceptDrop(List<File> files) {
        if (files.isEmpty()) {
            return false;
        }
        onFiles.accept(files);
        return true;
    }

    /** Ctrl+1… for the screens, Esc to cancel the background job, and the given Ctrl+O action. */
    public void installShortcuts(Scene scene, Runnable addDocuments) {
        for (int i = 0; i < Math.min(DIGITS.length, model.screens().size()); i++) {
            int number = i + 1;
            scene.getAccelerators().put(new KeyCodeCombination(DIGITS[i], KeyCombination.SHORTCUT_DOWN),
                    () -> model.selectNumber(number));
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), addDocuments);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), this::focusFilter);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), model::cancelActivity);
    }

    /** The team-sync indicator in the status bar, and F5 for "sync now". */
    public void installSync(Scene scene, Node indicator, Runnable syncNow) {
        statusBar.showConnection(indicator);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), syncNow);
    }

    /** Help › About: a button at the foot of the sidebar, and F1. */
    public void installAbout(Scene scene, Runnable showAbout) {
        Button about = new Button("About", new FontIcon(Feather.INFO));
        about.setId("about");
        about.setTooltip(new Tooltip("About IntelliClaim, version and licences (F1)"));
        about.setMaxWidth(Double.MAX_VALUE);
        about.setAlignment(Pos.CENTER_LEFT);
        about.getStyleClass().add(Styles.FLAT);
        about.setOnAction(e -> showAbout.run());
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        sidebar.getChildren().addAll(spacer, about);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F1), showAbout);
    }

    private void focusFilter() {
        Node shown = built.get(model.selectedProperty().get());
        if (shown instanceof Filterable filterable) {
            filterable.focusFilter();
        }
    }

    /**
     * Builds a screen if it is not built yet and lays it out once in this window without showing it, then lets it
     * prewarm what it shows only later ({@link Prewarmable}). Showing it afterwards (a drop shows Documents) then no
     * longer pays, in one frame, for creating its controls, their skins and their first styling. Call it when the
     * window is idle; the shown screen is only prewarmed.
     */
    public void prepare(String id) {
        if (!screens.containsKey(id)) {
            throw new IllegalArgumentException("No screen has the id '" + id + "'.");
        }
        boolean shown = id.equals(model.selectedProperty().get());
        Node node = built.computeIfAbsent(id, k -> screens.get(k).view().get());
        if (!shown) {
            node.setVisible(false);
            content.getChildren().add(0, node);
            content.applyCss();
            content.layout();
        }
        if (node instanceof Prewarmable prewarmable) {
            prewarmable.prewarm();
        }
        if (!shown) {
            content.getChildren().remove(node);
            node.setVisible(true);
        }
    }

    private void show(String id) {
        Node node = built.computeIfAbsent(id, k -> screens.get(k).view().get());
        content.getChildren().setAll(node);
        ToggleButton button = buttons.get(id);
        if (button != null) {
            button.setSelected(true);
        }
    }

    private Node sidebar(List<Screen> list) {
        Label name = new Label("IntelliClaim");
        name.getStyleClass().add(Styles.TITLE_4);
        name.setPadding(new Insets(4, 8, 12, 8));
        VBox box = new VBox(4, name);
        ToggleGroup group = new ToggleGroup();
        for (int i = 0; i < list.size(); i++) {
            Screen screen = list.get(i);
            ToggleButton button = new ToggleButton(screen.title(), new FontIcon(screen.icon()));
            button.setId("nav-" + screen.id());
            button.setToggleGroup(group);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setAlignment(Pos.CENTER_LEFT);
            button.getStyleClass().add(Styles.FLAT);
            if (i < DIGITS.length) {
                button.setTooltip(new Tooltip(screen.title() + " (Ctrl+" + (i + 1) + ")"));
            }
            // A toggle group lets the selected button be clicked off; the shown screen must stay selected.
            button.setOnAction(e -> {
                model.select(screen.id());
                button.setSelected(true);
            });
            buttons.put(screen.id(), button);
            box.getChildren().add(button);
        }
        box.setPadding(new Insets(12, 8, 12, 8));
        box.setPrefWidth(190);
        box.getStyleClass().add(Styles.BG_SUBTLE);
        sidebar = box;
        return box;
    }

    private void dragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }
}
