package com.intelliclaim.app.documents;

import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.app.documents.FileRow.State;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.ingest.SourceFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The files waiting for or going through ingest: one engine task per file, so that any one can be cancelled (taken
 * off the queue, or interrupted while it runs) and the others go on. A dropped folder is listed when its turn comes.
 * Files added before the engine is open wait for {@link #attach}. Used on the UI thread.
 */
final class IngestQueue {
    private final TaskRunner tasks;
    private final BackgroundActivities activities;
    private final Consumer<List<DocumentInfo>> onDocuments;
    private final ObservableList<FileRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private IntelliClaimEngine engine;
    private BackgroundActivities.Activity activity;

    /** @param onDocuments receives the document list after each file is stored */
    IngestQueue(TaskRunner tasks, BackgroundActivities activities, Consumer<List<DocumentInfo>> onDocuments) {
        this.tasks = tasks;
        this.activities = activities;
        this.onDocuments = onDocuments;
    }

    void attach(IntelliClaimEngine opened) {
        this.engine = opened;
        for (FileRow row : List.copyOf(rows)) {
            if (row.pending() && row.handle() == null) {
                submit(row);
            }
        }
    }

    ObservableList<FileRow> rows() {
        return rows;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Queues files and folders; a file already waiting in the queue is not queued twice. */
    void add(List<Path> paths) {
        if (!busy.get()) {
            rows.clear();
            summary.set("");
        }
        for (Path path : paths) {
            if (rows.stream().anyMatch(r -> r.pending() && r.file().equals(path))) {
                continue;
            }
            // A stat per dropped item is all the FX thread does; listing a folder happens in the background.
            FileRow row = new FileRow(path, Files.isDirectory(path) ? State.LISTING : State.QUEUED);
            rows.add(row);
            if (engine != null) {
                submit(row);
            } else {
                row.update(row.state(), 0, "Waiting for the data folder to open");
            }
        }
        changed();
    }

    /** Takes a waiting file off the queue, or interrupts it when it runs; nothing of it is stored. */
    void cancel(FileRow row) {
        if (!row.pending()) {
            return;
        }
        if (row.handle() == null) {
            row.update(State.CANCELLED, 0, "Removed from the queue.");
            changed();
        } else {
            row.handle().cancel();
        }
    }

    /** Cancels every file still pending: the waiting ones first, then the one that runs. */
    void cancelAll() {
        List<FileRow> pending = new ArrayList<>(rows.stream().filter(FileRow::pending).toList());
        for (int i = pending.size() - 1; i >= 0; i--) {
            cancel(pending.get(i));
        }
    }

    private void submit(FileRow row) {
        if (row.state() == State.LISTING) {
            row.handle(tasks.run("list " + row.name(), () -> SourceFiles.expand(List.of(row.file())),
                    files -> listed(row, files), e -> ended(row, e)));
            return;
        }
        row.update(State.QUEUED, 0, "");
        IntelliClaimEngine open = engine;
        IngestListener listener = new RowListener(row);
        row.handle(tasks.run("ingest " + row.name(), () -> {
            open.ingest(List.of(row.file()), listener);
            return open.documents();
        }, documents -> {
            onDocuments.accept(documents);
            changed();
        }, e -> ended(row, e)));
    }

    private void listed(FileRow folder, List<Path> files) {
        int at = rows.indexOf(folder);
        rows.remove(folder);
        List<FileRow> added = new ArrayList<>();
        for (Path file : files) {
            added.add(new FileRow(file, State.QUEUED));
        }
        rows.addAll(Math.max(0, Math.min(at, rows.size())), added);
        added.forEach(this::submit);
        if (files.isEmpty()) {
            FileRow empty = new FileRow(folder.file(), State.QUEUED);
            empty.update(State.FAILED, 1, "The folder holds no files.");
            rows.add(Math.max(0, Math.min(at, rows.size())), empty);
        }
        changed();
    }

    /** A task that did not return normally: cancelled before it started, or failed outside the per-file handling. */
    private void ended(FileRow row, Throwable e) {
        if (e instanceof CancellationException) {
            row.update(State.CANCELLED, 0, "Removed from the queue.");
        } else if (row.pending()) {
            row.update(State.FAILED, 1, UserMessages.of(e));
        }
        changed();
    }

    /** Keeps busy, the status bar's activity and the summary in step with the rows. */
    private void changed() {
        long pending = rows.stream().filter(FileRow::pending).count();
        busy.set(pending > 0);
        if (pending == 0) {
            if (activity != null) {
                activity.end();
                activity = null;
            }
            if (!rows.isEmpty()) {
                summary.set(summarize());
            }
            return;
        }
        if (activity == null) {
            activity = activities.begin("Adding documents…", this::cancelAll);
        }
        FileRow current = rows.stream().filter(r -> r.pending() && r.state().ordinal() >= State.PARSING.ordinal())
                .findFirst().orElse(null);
        double done = rows.stream().filter(r -> !r.pending()).count();
        double progress = (done + (current == null ? 0 : current.progressProperty().get())) / rows.size();
        String text = current == null ? "Waiting to add " + pending + (pending == 1 ? " file" : " files")
                : String.format(Locale.ROOT, "%s %s (%d of %d)", current.state().label(), current.name(),
                (long) done + 1, rows.size());
        activity.update(text, progress);
        summary.set(text);
    }

    private String summarize() {
        String text = String.format(Locale.ROOT, "%d indexed, %d already indexed, %d failed", count(State.INDEXED),
                count(State.ALREADY_INDEXED), count(State.FAILED));
        long cancelled = count(State.CANCELLED);
        return cancelled > 0 ? text + ", " + cancelled + " cancelled" : text;
    }

    private long count(State state) {
        return rows.stream().filter(r -> r.state() == state).count();
    }

    /** Moves the engine's events for one file onto the UI thread and into its row. */
    private final class RowListener implements IngestListener {
        private final FileRow row;

        RowListener(FileRow row) {
            this.row = row;
        }

        @Override
        public void stage(Path file, Stage stage, long done, long total) {
            tasks.ui().execute(() -> {
                if (row.pending()) {
                    row.update(state(stage), progress(stage, done, total), "");
                    changed();
                }
            });
        }

        @Override
        public void finished(FileOutcome outcome) {
            State state = switch (outcome.status()) {
                case INDEXED -> State.INDEXED;
                case ALREADY_INDEXED -> State.ALREADY_INDEXED;
                case FAILED -> State.FAILED;
                case CANCELLED -> State.CANCELLED;
            };
            tasks.ui().execute(() -> {
                row.update(state, state == State.CANCELLED ? 0 : 1, outcome.message());
                changed();
            });
        }

        private static State state(Stage stage) {
            return switch (stage) {
                case QUEUED -> State.QUEUED;
                case PARSING -> State.PARSING;
                case CHUNKING -> State.CHUNKING;
                case EMBEDDING -> State.EMBEDDING;
                case STORING, INDEXING -> State.SAVING;
            };
        }

        /** A file's progress: reading 0-10 %, embedding 10-90 % by passages, saving and indexing the rest. */
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
