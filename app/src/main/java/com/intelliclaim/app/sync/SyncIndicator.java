package com.intelliclaim.app.sync;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The sync part of the status bar: the state in a few words (hover for the reason, click for the details), the
 * changes waiting to be sent, and Sync now (F5) — Stop while a pass runs.
 */
public final class SyncIndicator extends HBox {
    public SyncIndicator(SyncIndicatorModel model) {
        super(8);
        setAlignment(Pos.CENTER_LEFT);
        FontIcon icon = new FontIcon(Feather.WIFI_OFF);
        Label state = new Label("", icon);
        state.setId("syncState");
        state.getStyleClass().add(Styles.TEXT_SMALL);
        state.textProperty().bind(model.textProperty());
        Tooltip tip = new Tooltip();
        tip.setWrapText(true);
        tip.setMaxWidth(480);
        tip.textProperty().bind(model.detailProperty());
        state.setTooltip(tip);
        state.setOnMouseClicked(e -> details(model));
        model.stateProperty().addListener((o, a, now) -> look(state, icon, now));
        look(state, icon, model.stateProperty().get());
        Label pending = new Label();
        pending.setId("syncPending");
        pending.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        pending.textProperty().bind(model.pendingTextProperty());
        Button now = new Button();
        now.setId("syncNow");
        now.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        model.runningProperty().addListener((o, a, running) -> button(now, running));
        button(now, model.runningProperty().get());
        now.setOnAction(e -> {
            if (model.runningProperty().get()) {
                model.stop();
            } else {
                model.syncNow();
            }
        });
        getChildren().addAll(state, pending, now);
    }

    private static void button(Button now, boolean running) {
        now.setText(running ? "Stop" : "Sync now");
        now.setGraphic(new FontIcon(running ? Feather.X : Feather.REFRESH_CW));
        now.setTooltip(new Tooltip(running ? "Stop this sync; the rest waits in the outbox"
                : "Send your changes and take the team's now (F5)"));
    }

    private static void look(Label state, FontIcon icon, SyncState now) {
        state.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER, Styles.WARNING);
        switch (now) {
            case OFFLINE -> icon.setIconCode(Feather.WIFI_OFF);
            case SYNCING -> icon.setIconCode(Feather.REFRESH_CW);
            case UP_TO_DATE -> {
                icon.setIconCode(Feather.CHECK_CIRCLE);
                state.getStyleClass().add(Styles.SUCCESS);
            }
            case ERROR -> {
                icon.setIconCode(Feather.ALERT_TRIANGLE);
                state.getStyleClass().add(Styles.DANGER);
            }
        }
    }

    private void details(SyncIndicatorModel model) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Team sync");
        alert.setHeaderText(model.textProperty().get() + " · " + model.pendingTextProperty().get());
        alert.setContentText(model.detailProperty().get());
        if (getScene() != null) {
            alert.initOwner(getScene().getWindow());
        }
        alert.show();
    }
}
