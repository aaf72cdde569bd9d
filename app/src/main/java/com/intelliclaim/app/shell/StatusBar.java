package com.intelliclaim.app.shell;

import atlantafx.base.theme.Styles;
import com.intelliclaim.app.common.BackgroundActivities;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Separator;
import javafx.scene.control.Tooltip;
import javafx.geometry.Orientation;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The bottom line of the window: data folder, counts, online/offline, and the background activity with cancel. */
final class StatusBar extends HBox {
    private Node connection;

    StatusBar(ShellViewModel model) {
        super(10);
        setId("statusBar");
        setAlignment(Pos.CENTER_LEFT);
        setPadding(new Insets(4, 12, 4, 12));
        getStyleClass().add(Styles.BG_SUBTLE);
        Label folder = label("statusDataFolder", Feather.HARD_DRIVE);
        folder.textProperty().bind(model.dataFolderProperty());
        folder.setMaxWidth(380);
        folder.setTooltip(new Tooltip());
        folder.getTooltip().textProperty().bind(model.dataFolderProperty());
        Label counts = label("statusCounts", Feather.FILE_TEXT);
        counts.textProperty().bind(model.countsProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        connection = new Region();
        getChildren().addAll(folder, separator(), counts, separator(), connection, spacer);
        activity(model.activities());
    }

    /** Shows {@code indicator} (team sync: offline, syncing, up to date, error) in its place after the counts. */
    void showConnection(Node indicator) {
        getChildren().set(getChildren().indexOf(connection), indicator);
        connection = indicator;
    }

    private void activity(BackgroundActivities activities) {
        Label message = new Label();
        message.setId("statusActivity");
        message.textProperty().bind(activities.messageProperty());
        message.getStyleClass().add(Styles.TEXT_SMALL);
        message.setMinWidth(0);
        message.setMaxWidth(460);
        ProgressBar bar = new ProgressBar();
        bar.setMinWidth(120);
        bar.setPrefWidth(140);
        bar.progressProperty().bind(activities.progressProperty());
        Button cancel = new Button(null, new FontIcon(Feather.X));
        cancel.setId("statusCancel");
        cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
        cancel.setTooltip(new Tooltip("Cancel (Esc)"));
        cancel.setOnAction(e -> activities.cancel());
        cancel.visibleProperty().bind(activities.cancellableProperty());
        HBox box = new HBox(8, message, bar, cancel);
        box.setAlignment(Pos.CENTER_RIGHT);
        box.visibleProperty().bind(activities.busyProperty());
        box.managedProperty().bind(box.visibleProperty());
        getChildren().add(box);
    }

    private static Label label(String id, Feather icon) {
        Label label = new Label("", new FontIcon(icon));
        label.setId(id);
        label.getStyleClass().add(Styles.TEXT_SMALL);
        return label;
    }

    private static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
