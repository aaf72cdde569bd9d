package com.intelliclaim.app.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Settings screen: a form bound to {@link SettingsViewModel}, each problem shown in red under its field. */
public final class SettingsView extends ScrollPane {
    private final SettingsViewModel model;
    private final GridPane form = new GridPane();
    private int row;

    public SettingsView(SettingsViewModel model) {
        this.model = model;
        setFitToWidth(true);
        form.setHgap(16);
        form.setVgap(4);
        Label title = new Label("Settings");
        title.getStyleClass().add(Styles.TITLE_2);
        llmSection();
        otherSections();
        VBox page = new VBox(12, title, form, actions());
        page.setPadding(new Insets(16));
        page.setMaxWidth(900);
        setContent(page);
    }

    private void llmSection() {
        section("Language model");
        ComboBox<LlmProvider> provider = new ComboBox<>();
        provider.getItems().setAll(LlmProvider.values());
        provider.valueProperty().bindBidirectional(model.providerProperty());
        provider.setId("provider");
        field("Provider", provider, null, "With none, the rules adjudicator decides and says so.");
        TextField url = text("baseUrl", model.baseUrlProperty(), "https://api.openai.com/v1");
        TextField models = text("models", model.modelsProperty(), "gpt-4o-mini, gpt-4o");
        PasswordField key = new PasswordField();
        key.setId("apiKey");
        key.textProperty().bindBidirectional(model.apiKeyProperty());
        key.setPromptText("not needed for Ollama");
        Node[] llmFields = {
            field("Server address", url, model.baseUrlErrorProperty(), "The API's base address, usually ending in /v1."),
            field("Models", models, model.modelsErrorProperty(), "Preferred first; separate fallbacks with commas."),
            field("API key", key, model.apiKeyErrorProperty(), model.keyProtection()),
            field("", connectionTest(), null, null)
        };
        for (Node n : llmFields) {
            n.disableProperty().bind(model.providerProperty().isEqualTo(LlmProvider.NONE));
        }
    }

    private Node connectionTest() {
        Button test = new Button("Test connection", new FontIcon(Feather.ZAP));
        test.setId("testConnection");
        test.disableProperty().bind(model.testingProperty());
        test.setOnAction(e -> model.testConnection());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(model.testingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("connectionResult");
        result.setWrapText(true);
        result.textProperty().bind(model.connectionProperty());
        model.connectionOkProperty().addListener((o, a, ok) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (ok != null) {
                result.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox box = new HBox(10, test, spinner, result);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void otherSections() {
        section("Data");
        TextField folder = text("dataFolder", model.dataFolderProperty(), "default location");
        Button choose = new Button("Choose…", new FontIcon(Feather.FOLDER));
        choose.setOnAction(e -> chooseFolder());
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        field("Data folder", folderRow, model.dataFolderErrorProperty(), model.dataFolderNote());
        section("Appearance and answers");
        ComboBox<ThemeChoice> theme = new ComboBox<>();
        theme.getItems().setAll(ThemeChoice.values());
        theme.valueProperty().bindBidirectional(model.themeProperty());
        theme.setId("theme");
        field("Theme", theme, null, "Applied when you save.");
        TextField passages = text("passages", model.passagesProperty(), "8");
        passages.setMaxWidth(100);
        field("Passages retrieved", passages, model.passagesErrorProperty(),
                "How many policy passages a question reads, " + Settings.MIN_PASSAGES + " to " + Settings.MAX_PASSAGES + ".");
        field("Your name", text("analystName", model.analystNameProperty(), "as recorded on decisions"),
                model.analystNameErrorProperty(), "Recorded on every decision, override and note you make.");
    }

    private Node actions() {
        Button save = new Button("Save", new FontIcon(Feather.CHECK));
        save.setId("saveSettings");
        save.getStyleClass().add(Styles.ACCENT);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.validProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button("Revert");
        revert.setOnAction(e -> model.revert());
        Label status = new Label();
        status.setId("settingsStatus");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        model.statusIsErrorProperty().addListener((o, a, error) -> status.getStyleClass()
                .setAll("label", error ? Styles.DANGER : Styles.SUCCESS));
        HBox box = new HBox(10, save, revert, status);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Choose the data folder");
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            model.dataFolderProperty().set(chosen.getAbsolutePath());
        }
    }

    private void section(String name) {
        Label label = new Label(name);
        label.getStyleClass().add(Styles.TITLE_4);
        label.setPadding(new Insets(row == 0 ? 0 : 14, 0, 2, 0));
        form.add(label, 0, row++, 2, 1);
    }

    private static TextField text(String id, javafx.beans.property.StringProperty value, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setPromptText(prompt);
        field.setPrefColumnCount(32);
        return field;
    }

    /** Adds a labelled row; the error (if any) and help appear below the control. Returns the row's nodes' box. */
    private Node field(String name, Node control, ObservableStringValue error, String help) {
        Label label = new Label(name);
        label.setMinWidth(140);
        VBox box = new VBox(3, control);
        if (error != null) {
            Label problem = new Label();
            problem.getStyleClass().add(Styles.DANGER);
            problem.setWrapText(true);
            problem.textProperty().bind(error);
            problem.visibleProperty().bind(Bindings.isNotEmpty(error));
            problem.managedProperty().bind(problem.visibleProperty());
            box.getChildren().add(problem);
            if (control instanceof TextInputControl input) {
                problem.setId(input.getId() + "Error");
                error.addListener((o, a, b) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
                input.pseudoClassStateChanged(Styles.STATE_DANGER, !error.get().isEmpty());
            } else if (control instanceof HBox h && !h.getChildren().isEmpty()
                    && h.getChildren().get(0) instanceof TextInputControl input) {
                problem.setId(input.getId() + "Error");
                error.addListener((o, a, b) -> input.pseudoClassStateChanged(Styles.STATE_DANGER, !b.isEmpty()));
            }
        }
        if (help != null) {
            Label hint = new Label(help);
            hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            hint.setWrapText(true);
            box.getChildren().add(hint);
        }
        form.add(label, 0, row);
        form.add(box, 1, row++);
        GridPane.setHgrow(box, Priority.ALWAYS);
        label.disableProperty().bind(box.disableProperty());
        return box;
    }
}
