package com.intelliclaim.app.shell;

import atlantafx.base.theme.Styles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help › About: the app's name, version, Java runtime, where the logs are, and the third-party licence notices the app
 * ships ({@code THIRD-PARTY-NOTICES.txt}, written by {@code packaging/notices/make-notices.sh}).
 */
public final class AboutBox {
    static final String NOTICES = "/THIRD-PARTY-NOTICES.txt";

    /**
     * @param version   the app's version
     * @param logFolder where the log files are, in words
     */
    public record Details(String version, String logFolder) {
    }

    private final Window owner;
    private final Details details;
    private Stage stage;

    public AboutBox(Window owner, Details details) {
        this.owner = owner;
        this.details = details;
    }

    /** Shows the box (one at a time; a second call brings it to the front). */
    public void show() {
        if (stage == null) {
            stage = build();
        }
        stage.show();
        stage.toFront();
    }

    /** The notices shipped with the app. */
    public static String notices() {
        try (InputStream in = AboutBox.class.getResourceAsStream(NOTICES)) {
            if (in == null) {
                throw new IllegalStateException("The third-party notices " + NOTICES + " are missing from the app.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("The third-party notices could not be read", e);
        }
    }

    private Stage build() {
        Stage box = new Stage();
        box.initOwner(owner);
        box.initModality(Modality.WINDOW_MODAL);
        box.setTitle("About IntelliClaim Desktop");
        box.getIcons().setAll(AppIcon.images());

        Label name = new Label("IntelliClaim Desktop");
        name.getStyleClass().add(Styles.TITLE_3);
        Label version = new Label("Version " + details.version());
        version.setId("aboutVersion");
        Label java = new Label("Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor")
                + ")");
        Label logs = new Label("Logs: " + details.logFolder());
        logs.setId("aboutLogs");
        logs.setWrapText(true);
        VBox facts = new VBox(4, name, version, java, logs);
        HBox head = new HBox(16, new ImageView(AppIcon.image(64)), facts);

        Label heading = new Label("Third-party software and licences");
        heading.getStyleClass().add(Styles.TITLE_4);
        TextArea notices = new TextArea(notices());
        notices.setId("aboutNotices");
        notices.setEditable(false);
        notices.setWrapText(false);
        notices.setStyle("-fx-font-family: monospace;");
        VBox.setVgrow(notices, Priority.ALWAYS);

        Button close = new Button("Close");
        close.setId("aboutClose");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> box.close());
        HBox buttons = new HBox(close);
        buttons.setStyle("-fx-alignment: center-right;");

        VBox body = new VBox(12, head, heading, notices);
        BorderPane root = new BorderPane(body);
        root.setBottom(buttons);
        BorderPane.setMargin(buttons, new Insets(12, 0, 0, 0));
        root.setPadding(new Insets(20));
        Scene scene = new Scene(root, 760, 560);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                box.close();
            }
        });
        box.setScene(scene);
        return box;
    }
}
