package com.intelliclaim.app.settings;

import atlantafx.base.theme.Styles;
import java.io.File;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.DoctorCheck;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
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
import javafx.stage.FileChooser;
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
        backendSection();
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
        choose.setOnAction(e -> chooseFolder("Choose the data folder", model.dataFolderProperty()));
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        field("Data folder", folderRow, model.dataFolderErrorProperty(), model.dataFolderNote());
        embeddingFields(model.embedding());
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
                model.analystNameErrorProperty(), "Recorded on every decision, override and note you make, and on"
                        + " what team sync sends.");
    }

    private void embeddingFields(EmbeddingForm e) {
        ComboBox<EmbeddingChoice> choice = new ComboBox<>();
        choice.getItems().setAll(EmbeddingChoice.values());
        choice.valueProperty().bindBidirectional(e.choiceProperty());
        choice.setId("embeddingModel");
        Label change = new Label();
        change.setId("embeddingChange");
        change.setWrapText(true);
        change.getStyleClass().add(Styles.WARNING);
        change.textProperty().bind(e.changeProperty());
        change.visibleProperty().bind(Bindings.isNotEmpty(e.changeProperty()));
        change.managedProperty().bind(change.visibleProperty());
        field("Embedding model", new VBox(4, choice, change), null, e.note());
        TextField folder = text("embeddingFolder", e.folderProperty(), "folder with model.pt, tokenizer.json,"
                + " config.json");
        Button choose = new Button("Choose…", new FontIcon(Feather.FOLDER));
        choose.setId("chooseEmbeddingFolder");
        choose.setOnAction(a -> chooseFolder("Choose the TorchScript model folder", e.folderProperty()));
        HBox folderRow = new HBox(8, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Node row = field("Model folder", folderRow, e.folderErrorProperty(), "One TorchScript sentence-embedding"
                + " model (*.pt), its tokenizer.json and a config.json giving hidden_size.");
        row.disableProperty().bind(e.choiceProperty().isNotEqualTo(EmbeddingChoice.TORCHSCRIPT));
    }

    private void backendSection() {
        section("Team backend (sync)");
        BackendForm b = model.backend();
        field("S3 bucket", text("syncBucket", b.bucketProperty(), "team-claims-documents"), b.bucketErrorProperty(),
                "Leave the bucket and database empty to keep everything on this computer.");
        field("S3 endpoint", text("syncEndpoint", b.endpointProperty(), "empty for AWS itself"),
                b.endpointErrorProperty(), "Only for an S3-compatible server, e.g. https://minio.example.com.");
        CheckBox pathStyle = new CheckBox("Bucket in the path (S3-compatible servers)");
        pathStyle.setId("syncPathStyle");
        pathStyle.selectedProperty().bindBidirectional(b.pathStyleProperty());
        field("Addressing", pathStyle, null, null);
        field("KMS key id", text("syncKmsKeyId", b.kmsKeyIdProperty(), "empty for SSE-S3"), b.kmsKeyIdErrorProperty(),
                "Documents are encrypted at rest with this KMS key; empty means S3-managed keys (SSE-S3).");
        field("Region", text("syncRegion", b.regionProperty(), "ap-south-1"), b.regionErrorProperty(), null);
        field("Database", text("syncJdbcUrl", b.jdbcUrlProperty(), "jdbc:postgresql://db.example.com:5432/team"),
                b.jdbcUrlErrorProperty(), "The team's PostgreSQL (Amazon RDS or any PostgreSQL 14+).");
        ComboBox<String> sslMode = new ComboBox<>();
        sslMode.getItems().add("");
        sslMode.getItems().addAll(BackendChecks.SSL_MODES);
        sslMode.valueProperty().bindBidirectional(b.sslModeProperty());
        sslMode.setId("syncSslMode");
        field("SSL mode", sslMode, b.sslModeErrorProperty(), "verify-full checks the server's certificate and name;"
                + " empty leaves it to the database address or the driver (prefer).");
        TextField cert = text("syncRootCertificate", b.rootCertificateProperty(), "e.g. global-bundle.pem");
        Button chooseCert = new Button("Choose…", new FontIcon(Feather.FILE));
        chooseCert.setOnAction(e -> chooseCertificate(b));
        HBox certRow = new HBox(8, cert, chooseCert);
        HBox.setHgrow(cert, Priority.ALWAYS);
        field("Root certificate", certRow, b.rootCertificateErrorProperty(),
                "The certificate authority the server's certificate is checked against (RDS: the region's bundle).");
        field("Database user", text("syncDbUser", b.dbUserProperty(), "analyst"), b.dbUserErrorProperty(),
                "May stay empty when a secret (below) gives the login.");
        ComboBox<DatabaseAuth> auth = new ComboBox<>();
        auth.getItems().setAll(DatabaseAuth.values());
        auth.valueProperty().bindBidirectional(b.authProperty());
        auth.setId("syncDbAuth");
        auth.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(DatabaseAuth value) {
                return value == null ? "" : value == DatabaseAuth.IAM ? "IAM auth token" : "Password";
            }

            @Override
            public DatabaseAuth fromString(String text) {
                return "IAM auth token".equals(text) ? DatabaseAuth.IAM : DatabaseAuth.PASSWORD;
            }
        });
        field("Sign-in", auth, null, "IAM makes a short-lived token from your AWS credentials for each connection.");
        PasswordField password = new PasswordField();
        password.setId("syncDbPassword");
        password.textProperty().bindBidirectional(b.passwordProperty());
        Node passwordRow = field("Database password", password, b.passwordErrorProperty(),
                "Not stored in plain text. " + model.keyProtection() + " Leave it empty when a secret below gives it.");
        passwordRow.disableProperty().bind(b.authProperty().isEqualTo(DatabaseAuth.IAM));
        TextField secretId = text("syncDbSecretId", b.secretIdProperty(), "rds!db-1234abcd or an ARN");
        Node secretRow = field("Or: secret id", secretId, b.secretIdErrorProperty(), "Instead of the password: the AWS"
                + " Secrets Manager secret that holds the database login (name or ARN; RDS keeps a managed password"
                + " this way). Sync reads it with your AWS credentials, and again when a rotation changed it. Give the"
                + " password or the secret, not both. With a secret the database user may stay empty: the secret's"
                + " username, when it has one, comes before it. --db-secret-id, then INTELLICLAIM_DB_SECRET_ID, come"
                + " before this.");
        secretRow.disableProperty().bind(b.authProperty().isEqualTo(DatabaseAuth.IAM));
        TextField interval = text("syncInterval", b.intervalProperty(), "60");
        interval.setMaxWidth(100);
        field("Sync every (seconds)", interval, b.intervalErrorProperty(), "Sync runs in the background at this"
                + " interval once the backend is set up; Sync now (F5) runs it at once. AWS credentials come from the"
                + " default AWS chain (environment, profiles, SSO). INTELLICLAIM_* variables, when set, come before"
                + " these settings.");
        field("", backendTest(b), null, null);
    }

    private Node backendTest(BackendForm b) {
        Button test = new Button("Test connection", new FontIcon(Feather.ZAP));
        test.setId("testBackend");
        test.disableProperty().bind(b.testingProperty());
        test.setOnAction(e -> b.testConnection());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(16, 16);
        spinner.visibleProperty().bind(b.testingProperty());
        spinner.managedProperty().bind(spinner.visibleProperty());
        Label result = new Label();
        result.setId("backendTestResult");
        result.setWrapText(true);
        result.textProperty().bind(b.testResultProperty());
        b.testPassedProperty().addListener((o, a, ok) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            if (ok != null) {
                result.getStyleClass().add(ok ? Styles.SUCCESS : Styles.DANGER);
            }
        });
        HBox row = new HBox(10, test, spinner, result);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox list = new VBox(4);
        list.setId("backendChecks");
        b.checks().addListener((javafx.collections.ListChangeListener<DoctorCheck>) c -> list.getChildren()
                .setAll(b.checks().stream().map(SettingsView::checkRow).toList()));
        return new VBox(8, row, list);
    }

    private static Node checkRow(DoctorCheck check) {
        FontIcon icon = new FontIcon(check.passed() ? Feather.CHECK_CIRCLE : Feather.X_CIRCLE);
        Label name = new Label(check.name(), icon);
        name.getStyleClass().addAll(Styles.TEXT_BOLD, check.passed() ? Styles.SUCCESS : Styles.DANGER);
        name.setMinWidth(170);
        Label detail = new Label(check.detail());
        detail.setWrapText(true);
        detail.getStyleClass().add(Styles.TEXT_SMALL);
        HBox row = new HBox(8, name, detail);
        row.getStyleClass().add(check.passed() ? "check-passed" : "check-failed");
        HBox.setHgrow(detail, Priority.ALWAYS);
        return row;
    }

    private void chooseCertificate(BackendForm b) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose the root certificate");
        File chosen = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            b.rootCertificateProperty().set(chosen.getAbsolutePath());
        }
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

    private void chooseFolder(String title, javafx.beans.property.StringProperty target) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        File chosen = chooser.showDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            target.set(chosen.getAbsolutePath());
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
