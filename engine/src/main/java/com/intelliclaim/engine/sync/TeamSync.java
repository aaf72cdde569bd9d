package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.ProgressListener;
import com.intelliclaim.engine.store.FolderSourceFileStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sync of one data folder with the team's backend: passes with retries, the status, and the original file of a
 * teammate's document fetched on first use. One pass at a time (callers wait). Thread-safe.
 */
public final class TeamSync {
    private final SyncWorker.Local local;
    private final SyncLedger ledger;
    private final FolderSourceFileStore files;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    public TeamSync(SyncWorker.Local local, FolderSourceFileStore files) {
        this.local = local;
        this.ledger = new SyncLedger(local.outbox());
        this.files = files;
    }

    /**
     * Pushes every waiting change and pulls the team's new records, trying again after faults that may pass.
     *
     * @throws SyncException with a plain message when it could not finish; nothing unconfirmed leaves the outbox
     */
    public SyncReport sync(SyncSettings settings) {
        return sync(settings, ProgressListener.NONE);
    }

    /**
     * {@link #sync(SyncSettings)} reporting progress (see {@link SyncWorker}); interrupting the calling thread stops it
     * with a {@link java.util.concurrent.CancellationException}, keeping what was confirmed.
     */
    public SyncReport sync(SyncSettings settings, ProgressListener progress) {
        oneAtATime.lock();
        try {
            SyncRunner runner = new SyncRunner(ledger, settings.backoff(), d -> Thread.sleep(d.toMillis()),
                    Clock.systemUTC());
            return runner.run(() -> {
                try (TeamBackend backend = TeamBackend.open(settings)) {
                    return new SyncWorker(local, backend.remote(), settings.analyst(), progress).runOnce();
                }
            }, settings.attempts());
        } finally {
            oneAtATime.unlock();
        }
    }

    /** The ledger's status with the team's changes that wait here (see {@link SyncStatus#describeWaiting()}). */
    public SyncStatus status() {
        return ledger.status().waiting(local.records().waitingCases(), local.records().keptRemovals(),
                local.records().awaitedCases());
    }

    /** Who sent each teammate's document that sync took into this folder, by SHA-256; own documents are absent. */
    public Map<String, String> documentSenders() {
        return local.records().documentSenders();
    }

    /** How many changes of each kind wait to be sent; kinds with none are left out. */
    public Map<com.intelliclaim.engine.store.ChangeKind, Long> pendingByKind() {
        return local.outbox().pendingByKind();
    }

    /**
     * The original file of a document: the local copy, or else the team's copy downloaded (and its SHA-256 checked)
     * into the data folder.
     *
     * @throws SyncException when the team's store does not have it, it is damaged or cannot be reached
     */
    public Path original(String sha256, SyncSettings settings) {
        return files.path(sha256).orElseGet(() -> {
            try (S3DocumentObjects objects = S3DocumentObjects.open(settings.s3(), settings.credentials())) {
                Path target = files.location(sha256);
                objects.download(sha256, target);
                return target;
            }
        });
    }
}
