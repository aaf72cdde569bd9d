package com.intelliclaim.app.common;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.scene.control.TextArea;
import javafx.stage.Window;

/** Shows an {@link UnexpectedErrors.Report}: the sentence up front, the details folded away; one dialog at a time. */
public final class ErrorDialog implements Consumer<UnexpectedErrors.Report> {
    private final Window owner;
    private boolean showing;

    public ErrorDialog(Window owner) {
        this.owner = owner;
    }

    @Override
    public void accept(UnexpectedErrors.Report report) {
        if (showing) {
            return; // a burst of the same failure would otherwise stack dialogs; every one is in the log
        }
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(owner);
        alert.setTitle("IntelliClaim");
        alert.setHeaderText("Something went wrong");
        alert.setContentText(report.message());
        TextArea details = new TextArea(report.details());
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(14);
        alert.getDialogPane().setExpandableContent(details);
        alert.getDialogPane().setExpanded(false);
        showing = true;
        alert.setOnHidden(e -> showing = false);
        alert.show();
    }
}
