package com.intelliclaim.app.documents;

import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.Teammates;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Documents screen's logic: the indexed documents (filtered by name), the ingest queue with each file's state
 * and progress, and the commands ingest, cancel, remove, re-index and refresh. Engine work goes through two
 * {@link TaskRunner}s: ingest, remove and re-index on the writes lane, loading the list on the reads lane (so the
 * list refreshes while a long ingest runs). The view model never touches controls. Files added before
 * {@link #attach} wait for the engine.
 */
public final class DocumentsViewModel {
    /** Pages named one by one in a low-confidence note; a long scan's list ends with "and N more". */
    static final int NOTED_PAGES = 10;
    private final TaskRunner tasks;
    private final TaskRunner reads;
    private final BackgroundActivities activities;
    private final IngestQueue queue;
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final FilteredList<DocumentInfo> filtered = new FilteredList<>(documents);
    // One wrapper each, kept: an unmodifiable wrapper listens weakly, so a fresh one per call could be collected
    // together with the listeners observers put on it.
    private final ObservableList<DocumentInfo> filteredView = FXCollections.unmodifiableObservableList(filtered);
    private final ObservableList<DocumentInfo> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<FileRow> filesView;
    private final StringProperty filter = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper maintaining = new ReadOnlyBooleanWrapper(false);
    private IntelliClaimEngine engine;
    /** Who sent each teammate's document (team sync), by SHA-256; read with the list. */
    private volatile Map<String, String> senders = Map.of();

    /** One lane for everything (tests, and callers that do not mind the list waiting behind an ingest). */
    public DocumentsViewModel(TaskRunner tasks, BackgroundActivities activities) {
        this(tasks, tasks, activities);
    }

    /**
     * @param writes runs ingest, remove and re-index, one at a time
     * @param reads  runs the document list loads
     */
    public DocumentsViewModel(TaskRunner writes, TaskRunner reads, BackgroundActivities activities) {
        this.tasks = writes;
        this.reads = reads;
        this.activities = activities;
        this.queue = new IngestQueue(tasks, activities, documents::setAll);
        this.filesView = FXCollections.unmodifiableObservableList(queue.rows());
        queue.summaryProperty().addListener((o, a, text) -> status.set(text));
        filter.addListener((o, a, text) -> {
            String needle = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            filtered.setPredicate(needle.isEmpty() ? null : d -> d.name().toLowerCase(Locale.ROOT).contains(needle));
        });
    }

    /** Hands over the opened engine: the list loads and files added so far start. */
    public void attach(IntelliClaimEngine opened) {
        this.engine = opened;
        refresh();
        queue.attach(opened);
    }

    /** The documents whose name contains the filter text (case-insensitive), newest first. */
    public ObservableList<DocumentInfo> documents() {
        return filteredView;
    }

    /** Every indexed document, whatever the filter (the status bar counts these). */
    public ObservableList<DocumentInfo> allDocuments() {
        return documentsView;
    }

    /** "from Asha" for a document a teammate shared through team sync; "" for the analyst's own. */
    public String sender(DocumentInfo document) {
        String who = senders.get(document.sha256());
        return who == null ? "" : Teammates.tag(who);
    }

    /** The name filter, as typed. */
    public StringProperty filterProperty() {
        return filter;
    }

    /** The files of the ingest queue: waiting, running and finished since the queue was last idle. */
    public ObservableList<FileRow> files() {
        return filesView;
    }

    /** True while any file is waiting or being ingested. */
    public ReadOnlyBooleanProperty busyProperty() {
        return queue.busyProperty();
    }

    /** True while documents are removed or re-indexed. */
    public ReadOnlyBooleanProperty maintainingProperty() {
        return maintaining.getReadOnlyProperty();
    }

    /** The last thing that happened, in plain words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * The warning for a document with pages read by OCR under the confidence threshold, naming them ("OCR confidence
     * low on pages 3, 7"; at most {@value #NOTED_PAGES} pages, then how many more); empty when there are none.
     */
    public static String lowConfidenceNote(DocumentInfo document) {
        List<Integer> pages = document.lowConfidencePages();
        if (pages.isEmpty()) {
            return "";
        }
        List<String> named = pages.stream().limit(NOTED_PAGES).map(String::valueOf).toList();
        String more = pages.size() > NOTED_PAGES ? " and " + (pages.size() - NOTED_PAGES) + " more" : "";
        return "OCR confidence low on " + (pages.size() == 1 ? "page " : "pages ") + String.join(", ", named) + more;
    }

    /** Reloads the document list. */
    public void refresh() {
        if (engine == null) {
            return;
        }
        IntelliClaimEngine open = engine;
        reads.run("list documents", () -> {
            senders = open.teamDocumentSenders();
            return open.documents();
        }, documents::setAll, e -> status.set(UserMessages.of(e)));
    }

    /** Queues files and folders for ingest; each file's row shows its state. */
    public void ingest(List<Path> paths) {
        if (!paths.isEmpty()) {
            queue.add(paths);
        }
    }

    /** Cancels one file: off the queue when it waits, interrupted when it runs. */
    public void cancel(FileRow row) {
        queue.cancel(row);
    }

    /** Cancels every file still waiting or running. */
    public void cancelAll() {
        queue.cancelAll();
    }

    /** Removes documents from the index (the files on disk are not touched). */
    public void remove(List<DocumentInfo> selected) {
        if (selected.isEmpty() || engine == null || maintaining.get()) {
            return;
        }
        List<DocumentInfo> targets = List.copyOf(selected);
        IntelliClaimEngine open = engine;
        maintaining.set(true);
        BackgroundActivities.Activity activity = activities.begin("Removing " + count(targets.size()) + "…", null);
        tasks.run("remove documents", () -> {
            int removed = 0;
            for (DocumentInfo doc : targets) {
                removed += open.remove(doc.id()) ? 1 : 0;
            }
            return new Removal(removed, open.documents());
        }, result -> {
            activity.end();
            maintaining.set(false);
            documents.setAll(result.documents());
            status.set("Removed " + count(result.removed()) + " from the index."
                    + (result.removed() < targets.size() ? " The others were already gone." : ""));
        }, e -> {
            activity.end();
            maintaining.set(false);
            status.set(UserMessages.of(e));
            refresh();
        });
    }

    /** Re-embeds every document with the bundled model, with progress; Esc or the status bar cancels it. */
    public void reindex() {
        if (engine == null || maintaining.get()) {
            return;
        }
        IntelliClaimEngine open = engine;
        maintaining.set(true);
        TaskRunner.Handle[] handle = new TaskRunner.Handle[1];
        BackgroundActivities.Activity activity = activities.begin("Re-indexing…", () -> {
            if (handle[0] != null) {
                handle[0].cancel();
            }
        });
        handle[0] = tasks.run("reindex", () -> {
            open.reindex((done, total, message) -> tasks.ui().execute(
                    () -> activity.update(message, total == 0 ? -1 : (double) done / total)));
            return open.documents();
        }, list -> {
            activity.end();
            maintaining.set(false);
            documents.setAll(list);
            status.set("Re-indexed " + count(list.size()) + ".");
        }, e -> {
            activity.end();
            maintaining.set(false);
            status.set(e instanceof CancellationException
                    ? "Re-indexing was cancelled before it finished. Run it again: until it completes, the next start"
                    + " will ask for it."
                    : UserMessages.of(e));
        });
    }

    private static String count(int n) {
        return n + (n == 1 ? " document" : " documents");
    }

    private record Removal(int removed, List<DocumentInfo> documents) {
    }
}
