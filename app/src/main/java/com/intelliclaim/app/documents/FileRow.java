package com.intelliclaim.app.documents;

import com.intelliclaim.app.common.TaskRunner;
import java.nio.file.Path;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One file (or a dropped folder not yet listed) of the ingest queue as the list shows it: its state, its progress
 * and, for a failure, the reason. Changed on the UI thread only.
 */
public final class FileRow {
    /** Where a file is; the last four are final. */
    public enum State {
        QUEUED("Queued"),
        LISTING("Folder, waiting to be listed"),
        PARSING("Reading"),
        CHUNKING("Splitting into passages"),
        EMBEDDING("Embedding"),
        SAVING("Saving"),
        INDEXED("Indexed"),
        ALREADY_INDEXED("Already indexed"),
        FAILED("Failed"),
        CANCELLED("Cancelled");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public boolean finished() {
            return ordinal() >= INDEXED.ordinal();
        }
    }

    private final Path file;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.QUEUED);
    private final ReadOnlyStringWrapper stateLabel = new ReadOnlyStringWrapper(State.QUEUED.label());
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper pending = new ReadOnlyBooleanWrapper(true);
    private TaskRunner.Handle handle;

    FileRow(Path file, State initial) {
        this.file = file;
        update(initial, 0, "");
    }

    public Path file() {
        return file;
    }

    public String name() {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    public State state() {
        return state.get();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The state in words, e.g. "Embedding". */
    public ReadOnlyStringProperty stateLabelProperty() {
        return stateLabel.getReadOnlyProperty();
    }

    /** This file's progress, 0..1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The outcome or failure reason in plain words; empty while it runs. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** True until the file reaches a final state: it can still be cancelled. */
    public ReadOnlyBooleanProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    public boolean pending() {
        return pending.get();
    }

    public boolean failed() {
        return state.get() == State.FAILED;
    }

    void update(State newState, double newProgress, String newDetail) {
        progress.set(newProgress);
        detail.set(newDetail);
        pending.set(!newState.finished());
        stateLabel.set(newState.label());
        state.set(newState); // last: listeners of state read the rest
    }

    TaskRunner.Handle handle() {
        return handle;
    }

    void handle(TaskRunner.Handle task) {
        this.handle = task;
    }
}
