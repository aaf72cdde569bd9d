package com.intelliclaim.engine.sync;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs sync passes with retries: a fault that may pass (network, server restarting) is tried again after an
 * exponential backoff with jitter; a fault of the configuration (credentials, bucket, database missing) ends at once.
 * Every success and failure is recorded for {@code sync status}.
 */
public final class SyncRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SyncRunner.class);

    /** Waits between attempts; interruption cancels. */
    @FunctionalInterface
    public interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    /** One sync pass, opening and closing its own connections. */
    @FunctionalInterface
    public interface Pass {
        SyncReport run();
    }

    private final SyncLedger ledger;
    private final Backoff backoff;
    private final Sleeper sleeper;
    private final Clock clock;

    SyncRunner(SyncLedger ledger, Backoff backoff, Sleeper sleeper, Clock clock) {
        this.ledger = ledger;
        this.backoff = backoff;
        this.sleeper = sleeper;
        this.clock = clock;
    }

    /**
     * Runs the pass until it succeeds or {@code attempts} (1 or more) are used up.
     *
     * @throws SyncException the last failure
     */
    public SyncReport run(Pass pass, int attempts) {
        if (attempts < 1) {
            throw new IllegalArgumentException("at least one attempt, not " + attempts);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                SyncReport report = pass.run();
                ledger.succeeded(clock.instant());
                return report;
            } catch (SyncException e) {
                ledger.failed(e.getMessage(), clock.instant());
                if (!e.retryable() || attempt + 1 >= attempts) {
                    LOG.warn("Sync failed: {}", e.getMessage(), e);
                    throw e;
                }
                Duration wait = backoff.delay(attempt);
                LOG.info("Sync failed ({}); trying again in {} ms", e.getMessage(), wait.toMillis());
                try {
                    sleeper.sleep(wait);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
