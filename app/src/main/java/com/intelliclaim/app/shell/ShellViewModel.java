package com.intelliclaim.app.shell;

import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.engine.api.DocumentInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The shell's logic: which screen shows (by id, in sidebar order; Ctrl+1… pick by number), the window layout to
 * restore and save, and the status bar's words: data folder, document and passage counts, online or offline, and
 * the background activity. Used on the UI thread.
 */
public final class ShellViewModel {
    private final List<String> screens;
    private final ShellStateStore store;
    private final BackgroundActivities activities;
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper dataFolder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    /**
     * @param screens the screen ids in sidebar order; the first shows when no other was saved
     */
    public ShellViewModel(List<String> screens, ShellStateStore store, BackgroundActivities activities) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("The shell needs at least one screen.");
        }
        this.screens = List.copyOf(screens);
        this.store = store;
        this.activities = activities;
        selected.set(store.lastScreen().filter(this.screens::contains).orElse(this.screens.get(0)));
    }

    public List<String> screens() {
        return screens;
    }

    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Shows the screen with this id and remembers it; unknown ids are ignored. */
    public void select(String id) {
        if (screens.contains(id) && !id.equals(selected.get())) {
            selected.set(id);
            store.save(null, id);
        }
    }

    /** Shows the n-th screen (1-based, as in Ctrl+1); false when there is no such screen. */
    public boolean selectNumber(int n) {
        if (n < 1 || n > screens.size()) {
            return false;
        }
        select(screens.get(n - 1));
        return true;
    }

    /** The window layout saved last time, if any. */
    public Optional<WindowState> savedWindow() {
        return store.window();
    }

    /** Saves the layout and the screen shown (the window is closing). */
    public void closing(WindowState window) {
        store.save(window, selected.get());
    }

    public void showDataFolder(Path folder) {
        dataFolder.set(folder.toString());
    }

    /** Keeps the counts in step with the list of indexed documents. */
    public void trackDocuments(ObservableList<DocumentInfo> documents) {
        documents.addListener((ListChangeListener<DocumentInfo>) c -> count(documents));
        count(documents);
    }

    private void count(List<DocumentInfo> documents) {
        long chunks = documents.stream().mapToLong(DocumentInfo::chunks).sum();
        counts.set(String.format("%,d %s · %,d %s", documents.size(), documents.size() == 1 ? "document" : "documents",
                chunks, chunks == 1 ? "passage" : "passages"));
    }

    /** Cancels the running background job (Esc); false when nothing can be cancelled. */
    public boolean cancelActivity() {
        return activities.cancel();
    }

    public BackgroundActivities activities() {
        return activities;
    }

    public ReadOnlyStringProperty dataFolderProperty() {
        return dataFolder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }
}
