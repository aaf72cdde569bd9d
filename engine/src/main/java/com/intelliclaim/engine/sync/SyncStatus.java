package com.intelliclaim.engine.sync;

import java.time.Instant;
import java.util.Optional;

/** Changes waiting to be sent, when a sync last finished, and the last failure with its time. */
public record SyncStatus(long pending, Optional<Instant> lastSuccess, Optional<String> lastError,
                         Optional<Instant> lastErrorAt) {
}
