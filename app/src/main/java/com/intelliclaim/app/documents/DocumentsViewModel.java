package com.intelliclaim.app.documents;

import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Documents screen's logic: the indexed documents, the files of the running ingest with their state and progress,
 * and the commands ingest, refresh and cancel. Engine work goes through the {@link TaskRunner}; the view model never
 * touches controls.
 */
public final class DocumentsViewModel {
    private final IntelliClaimEngine engine;
    private final TaskRunner tasks;
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private TaskRunner.Handle running;

    public DocumentsViewModel(IntelliClaimEngine engine, TaskRunner tasks) {
        this.engine = engine;
        this.tasks = tasks;
    }

    public ObservableList<DocumentInfo> documents() {
        return FXCollections.unmodifiableObservableList(documents);
    }

    public ObservableList<FileRow> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Reloads the document list. */
    public void refresh() {
        tasks.run("list documents", engine::documents, documents::setAll,
                e -> status.set(UserMessages.of(e)));
    }

    /** Ingests files and folders in the background; each file's row shows its state; ignored while busy. */
    public void ingest(List<Path> paths) {
        if (paths.isEmpty() || busy.get()) {
            return;
        }
        files.clear();
        busy.set(true);
        status.set("Adding " + paths.size() + (paths.size() == 1 ? " item…" : " items…"));
        Map<Path, FileRow> rows = new HashMap<>();
        IngestListener listener = new RowUpdater(rows);
        running = tasks.run("ingest", () -> engine.ingest(paths, listener), this::done, e -> {
            busy.set(false);
            status.set(UserMessages.of(e));
        });
    }

    /** Cancels the running ingest: the current file is not stored, the rest are skipped. */
    public void cancel() {
        if (running != null && busy.get()) {
            running.cancel();
            status.set("Cancelling…");
        }
    }

    private void done(IngestReport report) {
        busy.set(false);
        running = null;
        status.set(String.format("%d indexed, %d already indexed, %d failed%s", report.count(FileOutcome.Status.INDEXED),
                report.count(FileOutcome.Status.ALREADY_INDEXED), report.count(FileOutcome.Status.FAILED),
                report.count(FileOutcome.Status.CANCELLED) > 0 ? ", " + report.count(FileOutcome.Status.CANCELLED)
                        + " cancelled" : ""));
        refresh();
    }

    /** Moves engine events onto the UI thread and into the rows. */
    private final class RowUpdater implements IngestListener {
        private final Map<Path, FileRow> rows;

        RowUpdater(Map<Path, FileRow> rows) {
            this.rows = rows;
        }

        @Override
        public void stage(Path file, Stage stage, long done, long total) {
            tasks.ui().execute(() -> {
                FileRow row = rows.computeIfAbsent(file, f -> {
                    FileRow r = new FileRow(f);
                    files.add(r);
                    return r;
                });
                row.update(label(stage), progress(stage, done, total), "", false);
            });
        }

        @Override
        public void finished(FileOutcome outcome) {
            tasks.ui().execute(() -> {
                FileRow row = rows.computeIfAbsent(outcome.file(), f -> {
                    FileRow r = new FileRow(f);
                    files.add(r);
                    return r;
                });
                String state = switch (outcome.status()) {
                    case INDEXED -> "Indexed";
                    case ALREADY_INDEXED -> "Already indexed";
                    case FAILED -> "Failed";
                    case CANCELLED -> "Cancelled";
                };
                row.update(state, 1, outcome.message(), outcome.failed());
            });
        }

        private static String label(Stage stage) {
            return switch (stage) {
                case QUEUED -> "Queued";
                case PARSING -> "Reading";
                case CHUNKING -> "Splitting into passages";
                case EMBEDDING -> "Embedding";
                case STORING -> "Saving";
                case INDEXING -> "Indexing";
            };
        }

        /** Overall progress of a file: reading 0-10 %, embedding 10-90 % by chunks, saving and indexing the rest. */
        private static double progress(Stage stage, long done, long total) {
            return switch (stage) {
                case QUEUED -> 0;
                case PARSING -> 0.02;
                case CHUNKING -> 0.08;
                case EMBEDDING -> 0.1 + 0.8 * (total == 0 ? 0 : (double) done / total);
                case STORING -> 0.92;
                case INDEXING -> 0.97;
            };
        }
    }
}
