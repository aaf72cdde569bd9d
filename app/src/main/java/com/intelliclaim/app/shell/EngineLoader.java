package com.intelliclaim.app.shell;

import com.intelliclaim.app.common.BackgroundActivities;
import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.common.UserMessages;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.ModelMismatchException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the engine in the background so the window shows at once: the data folder, database and indexes, then the
 * embedding model. Screens that need the engine wait with {@link #whenReady}. When the index was built with another
 * model, it offers to re-index. Used on the UI thread.
 */
public final class EngineLoader implements AutoCloseable {
    /** Where opening stands. */
    public enum State { OPENING, READY, NEEDS_REINDEX, FAILED }

    private static final Logger log = LoggerFactory.getLogger(EngineLoader.class);
    private final TaskRunner tasks;
    private final BackgroundActivities activities;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.OPENING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final List<Consumer<IntelliClaimEngine>> waiting = new ArrayList<>();
    private EngineConfig config;
    private IntelliClaimEngine engine;
    private boolean closed;

    public EngineLoader(TaskRunner tasks, BackgroundActivities activities) {
        this.tasks = tasks;
        this.activities = activities;
    }

    /** Opens the data folder of {@code engineConfig} in the background, then loads the embedding model. */
    public void open(EngineConfig engineConfig) {
        this.config = engineConfig;
        state.set(State.OPENING);
        BackgroundActivities.Activity activity = activities.begin("Opening " + engineConfig.dataDir() + "…", null);
        tasks.run("open engine", () -> IntelliClaimEngine.openLoadingModel(engineConfig), opened -> {
            activity.end();
            ready(opened);
        }, e -> {
            activity.end();
            failed(e);
        });
    }

    /** Re-embeds every document with the configured model, then opens the folder as usual (after NEEDS_REINDEX). */
    public void reindexAndOpen() {
        if (state.get() != State.NEEDS_REINDEX) {
            return;
        }
        state.set(State.OPENING);
        BackgroundActivities.Activity activity = activities.begin("Re-indexing…", null);
        EngineConfig target = config;
        tasks.run("reindex", () -> {
            IntelliClaimEngine opened = IntelliClaimEngine.openForReindex(target);
            try {
                opened.reindex((done, total, message) -> tasks.ui().execute(
                        () -> activity.update(message, total == 0 ? -1 : (double) done / total)));
                return opened;
            } catch (RuntimeException | Error e) {
                opened.close();
                throw e;
            }
        }, opened -> {
            activity.end();
            ready(opened);
        }, e -> {
            activity.end();
            failed(e);
        });
    }

    /** Runs {@code action} with the engine now if it is open, else once it opens (never if it fails to). */
    public void whenReady(Consumer<IntelliClaimEngine> action) {
        if (engine != null) {
            action.accept(engine);
        } else {
            waiting.add(action);
        }
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the folder could not be opened, in plain words; empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public EngineConfig config() {
        return config;
    }

    private void ready(IntelliClaimEngine opened) {
        if (closed) {
            opened.close(); // the window closed while the folder was opening
            return;
        }
        engine = opened;
        problem.set("");
        state.set(State.READY);
        List<Consumer<IntelliClaimEngine>> actions = List.copyOf(waiting);
        waiting.clear();
        actions.forEach(a -> a.accept(opened));
        BackgroundActivities.Activity activity = activities.begin("Loading the search model…", null);
        tasks.run("load model", () -> {
            opened.warmUp();
            return opened.model().id();
        }, model -> {
            activity.end();
            log.info("Embedding model {} loaded", model);
        }, e -> {
            activity.end();
            problem.set(UserMessages.of(e));
        });
    }

    private void failed(Throwable e) {
        problem.set(UserMessages.of(e));
        state.set(e instanceof ModelMismatchException ? State.NEEDS_REINDEX : State.FAILED);
    }

    /** Closes the engine if it was opened; call after the task runner has stopped. */
    @Override
    public void close() {
        closed = true;
        if (engine != null) {
            engine.close();
            engine = null;
        }
    }
}
