package com.intelliclaim.app.documents;

import atlantafx.base.theme.Styles;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A row of the ingest queue: name, state, progress, a cancel button while pending, and the outcome or reason. The
 * controls are made when the cell first shows a file: the list fills its height with cells, and building them all
 * up front (progress bar, icon button, tooltips) held up the first frame after files were added.
 */
final class FileRowCell extends ListCell<FileRow> {
    private final Consumer<FileRow> onCancel;
    private Content content;
    private final ChangeListener<FileRow.State> styler = (o, was, now) -> content.style(now);
    private FileRow shown;

    FileRowCell(Consumer<FileRow> onCancel) {
        this.onCancel = onCancel;
    }

    @Override
    protected void updateItem(FileRow row, boolean empty) {
        super.updateItem(row, empty);
        unbind();
        shown = null;
        setText(null);
        if (empty || row == null) {
            setGraphic(null);
            return;
        }
        if (content == null) {
            content = new Content();
        }
        shown = row;
        content.show(row);
        row.stateProperty().addListener(styler);
        setGraphic(content.box);
    }

    private void unbind() {
        if (shown != null) {
            shown.stateProperty().removeListener(styler);
            content.unbind();
        }
    }

    /** The controls of a cell that shows a file. */
    private final class Content {
        private final Label name = new Label();
        private final Tooltip path = new Tooltip();
        private final Label state = new Label();
        private final ProgressBar bar = new ProgressBar();
        private final Label detail = new Label();
        private final Button cancel = new Button(null, new FontIcon(Feather.X));
        private final HBox box = new HBox(12, name, state, bar, cancel, detail);

        Content() {
            name.setMinWidth(240);
            name.setPrefWidth(240);
            name.setTooltip(path);
            state.setMinWidth(170);
            bar.setPrefWidth(160);
            cancel.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT, Styles.SMALL);
            cancel.setTooltip(new Tooltip("Cancel this file"));
            cancel.getStyleClass().add("cancel-file");
            detail.setWrapText(false);
            HBox.setHgrow(detail, Priority.ALWAYS);
            box.setAlignment(Pos.CENTER_LEFT);
        }

        void show(FileRow row) {
            name.setText(row.name());
            path.setText(row.file().toString());
            state.textProperty().bind(row.stateLabelProperty());
            bar.progressProperty().bind(row.progressProperty());
            detail.textProperty().bind(row.detailProperty());
            cancel.visibleProperty().bind(row.pendingProperty());
            cancel.setOnAction(e -> onCancel.accept(row));
            style(row.state());
        }

        void style(FileRow.State now) {
            detail.getStyleClass().setAll("label", now == FileRow.State.FAILED ? Styles.DANGER : Styles.TEXT_MUTED);
            bar.setVisible(now != FileRow.State.FAILED && now != FileRow.State.CANCELLED);
        }

        void unbind() {
            state.textProperty().unbind();
            bar.progressProperty().unbind();
            detail.textProperty().unbind();
            cancel.visibleProperty().unbind();
        }
    }
}
