package com.intelliclaim.app.sync;

import com.intelliclaim.app.common.TaskRunner;
import com.intelliclaim.app.settings.SyncValues;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.sync.Backoff;
import com.intelliclaim.engine.sync.SyncException;
import com.intelliclaim.engine.sync.SyncReport;
import com.intelliclaim.engine.sync.SyncSettings;
import com.intelliclaim.engine.sync.SyncStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The status bar's sync indicator: offline (not set up, not yet synced, backend unreachable), syncing n of m, up to
 * date (with the time of the last success) or an error with its reason, and in the details the team's changes that
 * wait here; the changes waiting in the outbox; "sync now" and stop; and the automatic pass at the saved interval
 * once a backend is set up. Every pass and status read runs on its own {@link TaskRunner} lane, so asks and ingest
 * never wait for the network. Used on the UI thread.
 */
public final class SyncIndicatorModel {
    static final Duration FIRST_PASS = Duration.ofSeconds(5);
    static final Duration STATUS_EVERY = Duration.ofSeconds(15);
    private static final Logger log = LoggerFactory.getLogger(SyncIndicatorModel.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMM HH:mm");

    /**
     * When things happen: the timer of automatic passes and status reads, the clock (and zone) times are shown in, and
     * the attempts of one pass (retries with backoff in between).
     */
    public record Timing(Scheduler scheduler, Clock clock, int attempts) {
        /** The window's: the FX timer, the system clock, three attempts. */
        public static Timing standard() {
            return new Timing(new FxScheduler(), Clock.systemDefaultZone(), 3);
        }
    }

    /** What a pass or a status read brings back to the UI thread. */
    private record Outcome(SyncReport report, SyncStatus status) {
    }

    private final TaskRunner lane;
    private final Supplier<SyncValues> settings;
    private final Scheduler scheduler;
    private final Clock clock;
    private final int attempts;
    private final Backoff backoff = Backoff.standard();
    private final ReadOnlyObjectWrapper<SyncState> state = new ReadOnlyObjectWrapper<>(SyncState.OFFLINE);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("Offline");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(NOT_SET_UP);
    private final ReadOnlyLongWrapper pending = new ReadOnlyLongWrapper(0);
    private final ReadOnlyStringWrapper pendingText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private IntelliClaimEngine engine;
    private TaskRunner.Handle pass;
    private Runnable nextPass = () -> { };
    private Runnable nextStatus = () -> { };
    private int failures;
    private boolean stopRequested;
    private Runnable onTeamWork = () -> { };
    private boolean closed;

    static final String NOT_SET_UP = "Team sync is not set up: documents and decisions stay on this computer. Fill in"
            + " the team backend in Settings to share them.";

    /**
     * @param lane      the sync worker, used by nothing else
     * @param settings  the backend as resolved now (environment over saved settings), read at each pass
     */
    public SyncIndicatorModel(TaskRunner lane, Supplier<SyncValues> settings, Timing timing) {
        this.lane = lane;
        this.settings = settings;
        this.scheduler = timing.scheduler();
        this.clock = timing.clock();
        this.attempts = timing.attempts();
    }

    /** Starts with the opened engine: reads the status, and syncs soon when a backend is set up. */
    public void attach(IntelliClaimEngine opened) {
        this.engine = opened;
        readStatus();
        planPass(FIRST_PASS);
    }

    /** Runs on the UI thread after a pass that took teammates' documents, decisions or notes (lists reload). */
    public void onTeamWork(Runnable action) {
        this.onTeamWork = action;
    }

    /** The saved settings changed: show the new state and plan the next pass by the new settings. */
    public void settingsChanged() {
        if (engine == null || closed) {
            return;
        }
        failures = 0;
        readStatus();
        planPass(FIRST_PASS);
    }

    /**
     * Runs a pass now (the button and F5); false when none can start: the engine is not open, one is running, or no
     * backend is set up (the indicator then says why).
     */
    public boolean syncNow() {
        if (engine == null || closed || running.get()) {
            return false;
        }
        SyncValues values = settings.get();
        if (!values.configured()) {
            show(SyncState.OFFLINE, "Offline", NOT_SET_UP);
            return false;
        }
        SyncSettings resolved;
        try {
            resolved = values.settings(attempts);
        } catch (IllegalArgumentException e) {
            show(SyncState.ERROR, "Sync not set up", "The team backend's settings are incomplete: " + e.getMessage());
            return false;
        }
        nextPass.run();
        stopRequested = false;
        running.set(true);
        show(SyncState.SYNCING, "Syncing…", "Sending your changes to the team's backend and taking the team's.");
        IntelliClaimEngine e = engine;
        pass = lane.run("sync with the team", () -> new Outcome(e.sync(resolved, this::progress), e.syncStatus()),
                this::passed, this::failed);
        return true;
    }

    /** Stops the running pass between batches; what was confirmed stays sent. */
    public void stop() {
        if (pass != null && running.get()) {
            stopRequested = true;
            pass.cancel();
        }
    }

    /** The window is closing: no more passes, the running one stopped. */
    public void close() {
        closed = true;
        nextPass.run();
        nextStatus.run();
        stop();
    }

    private void progress(long done, long total, String message) {
        lane.ui().execute(() -> {
            if (running.get()) {
                show(SyncState.SYNCING, total > 0 ? "Syncing " + done + " of " + total : "Syncing… " + done
                        + " received", message + (total > 0 ? ": " + done + " of " + total + " sent." : ": " + done
                        + " taken so far."));
            }
        });
    }

    private void passed(Outcome outcome) {
        running.set(false);
        failures = 0;
        showStatus(outcome.status());
        SyncReport report = outcome.report();
        detail.set(detail.get() + "\n" + report.describe());
        planPass(interval());
        if (report.receivedDocuments() + report.receivedDecisions() + report.receivedNotes() > 0) {
            onTeamWork.run();
        }
    }

    private void failed(Throwable failure) {
        running.set(false);
        // Stopped while waiting to retry, a pass ends with its last failure rather than a cancellation.
        if (stopRequested || failure instanceof CancellationException || failure instanceof InterruptedException) {
            show(SyncState.OFFLINE, "Sync stopped", "Sync was stopped; what was sent stays sent and the rest waits"
                    + " in the outbox.");
            if (!closed) {
                readStatusKeepingText();
                planPass(interval());
            }
            return;
        }
        failures++;
        if (failure instanceof SyncException sync) {
            if (sync.retryable()) {
                show(SyncState.OFFLINE, "Offline", "The team's backend cannot be reached: " + sync.getMessage()
                        + " Nothing is lost; sync tries again later.");
            } else {
                show(SyncState.ERROR, "Sync error", sync.getMessage() + " Nothing is lost: your changes wait in the"
                        + " outbox.");
            }
        } else {
            log.warn("Sync failed unexpectedly", failure);
            show(SyncState.ERROR, "Sync error", "Sync failed unexpectedly; the details are in the log. Nothing is"
                    + " lost: your changes wait in the outbox.");
        }
        readStatusKeepingText();
        Duration later = backoff.delay(failures - 1);
        planPass(later.compareTo(interval()) > 0 ? later : interval());
    }

    /** Reads the ledger and shows it (not while a pass runs, whose progress is shown instead). */
    private void readStatus() {
        IntelliClaimEngine e = engine;
        lane.run("read the sync status", e::syncStatus, status -> {
            if (!running.get()) {
                showStatus(status);
            }
        }, this::statusFailed);
        planStatus();
    }

    /** Reads only the pending count, keeping what the indicator says (after a failure or stop). */
    private void readStatusKeepingText() {
        IntelliClaimEngine e = engine;
        lane.run("read the sync status", e::syncStatus, status -> showPending(status.pending()), this::statusFailed);
    }

    private void statusFailed(Throwable failure) {
        log.warn("Could not read the sync status", failure);
    }

    private void showStatus(SyncStatus status) {
        showPending(status.pending());
        if (!settings.get().configured()) {
            show(SyncState.OFFLINE, "Offline", NOT_SET_UP);
            return;
        }
        boolean errorIsLatest = status.lastErrorAt().isPresent() && (status.lastSuccess().isEmpty()
                || status.lastErrorAt().get().isAfter(status.lastSuccess().get()));
        if (errorIsLatest) {
            show(SyncState.ERROR, "Sync error", status.lastError().orElse("The last sync failed.") + " ("
                    + when(status.lastErrorAt().get()) + "). Nothing is lost: your changes wait in the outbox.");
        } else if (status.lastSuccess().isPresent()) {
            String at = when(status.lastSuccess().get());
            show(SyncState.UP_TO_DATE, "Up to date · " + at, "Last synced with the team at " + at + ".");
        } else {
            show(SyncState.OFFLINE, "Not synced yet", "The team backend is set up; the first sync has not run yet.");
        }
        for (String waiting : status.describeWaiting()) {
            detail.set(detail.get() + "\n" + waiting);
        }
    }

    private void showPending(long count) {
        pending.set(count);
        pendingText.set(count == 0 ? "Nothing to send" : count + (count == 1 ? " change" : " changes") + " to send");
    }

    private void show(SyncState newState, String newText, String newDetail) {
        state.set(newState);
        text.set(newText);
        detail.set(newDetail);
    }

    private String when(Instant at) {
        ZonedDateTime local = at.atZone(clock.getZone());
        boolean today = local.toLocalDate().equals(LocalDate.now(clock));
        return (today ? TIME : DAY_TIME).format(local);
    }

    private Duration interval() {
        try {
            return settings.get().interval();
        } catch (IllegalArgumentException e) {
            return Duration.ofSeconds(com.intelliclaim.app.settings.BackendSettings.DEFAULT_INTERVAL);
        }
    }

    /** The next automatic pass, replacing any planned one; none when no backend is set up. */
    private void planPass(Duration delay) {
        nextPass.run();
        nextPass = () -> { };
        if (!closed && settings.get().configured()) {
            nextPass = scheduler.after(delay, this::automaticPass);
        }
    }

    private void automaticPass() {
        nextPass = () -> { };
        if (!syncNow() && !running.get()) {
            planPass(interval());
        }
    }

    private void planStatus() {
        nextStatus.run();
        nextStatus = closed ? () -> { } : scheduler.after(STATUS_EVERY, this::readStatus);
    }

    public ReadOnlyObjectProperty<SyncState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** A few words: "Offline", "Syncing 3 of 20", "Up to date · 10:42", "Sync error". */
    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** The full story for the tooltip and the details: the reason of an error, what the last pass moved. */
    public ReadOnlyStringProperty detailProperty() {
        return detail.getReadOnlyProperty();
    }

    /** Changes waiting in the outbox. */
    public ReadOnlyLongProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** "Nothing to send", "3 changes to send". */
    public ReadOnlyStringProperty pendingTextProperty() {
        return pendingText.getReadOnlyProperty();
    }

    /** True while a pass runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
