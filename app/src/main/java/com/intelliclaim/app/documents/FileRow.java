package com.intelliclaim.app.documents;

import java.nio.file.Path;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One file of the current ingest batch as the list shows it: its state in words, its progress, and a failure reason. */
public final class FileRow {
    private final Path file;
    private final StringProperty state = new SimpleStringProperty("Queued");
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StringProperty detail = new SimpleStringProperty("");
    private boolean failed;

    FileRow(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public ReadOnlyStringProperty stateProperty() {
        return state;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty detailProperty() {
        return detail;
    }

    public boolean failed() {
        return failed;
    }

    void update(String newState, double newProgress, String newDetail, boolean isFailure) {
        failed = isFailure; // first: listeners of state read it
        progress.set(newProgress);
        detail.set(newDetail);
        state.set(newState);
    }
}
