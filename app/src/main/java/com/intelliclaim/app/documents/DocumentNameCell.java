package com.intelliclaim.app.documents;

import atlantafx.base.theme.Styles;
import com.intelliclaim.engine.api.DocumentInfo;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Name cell of the documents table: the document's name and, when OCR was unsure of some of its pages, a warning
 * mark whose tooltip names them (see {@link DocumentsViewModel#lowConfidenceNote}).
 */
final class DocumentNameCell extends TableCell<DocumentInfo, String> {
    static final String MARKER_CLASS = "low-confidence";
    private final Label marker = new Label(null, new FontIcon(Feather.ALERT_TRIANGLE));
    private final Tooltip tip = new Tooltip();

    DocumentNameCell() {
        marker.getStyleClass().addAll(MARKER_CLASS, Styles.WARNING);
        marker.setTooltip(tip);
    }

    @Override
    protected void updateItem(String name, boolean empty) {
        super.updateItem(name, empty);
        boolean shown = !empty && getIndex() >= 0 && getIndex() < getTableView().getItems().size();
        DocumentInfo document = shown ? getTableView().getItems().get(getIndex()) : null;
        String note = document == null ? "" : DocumentsViewModel.lowConfidenceNote(document);
        setText(empty ? null : name);
        tip.setText(note);
        marker.setAccessibleText(note);
        setGraphic(note.isEmpty() ? null : marker);
    }
}
