package com.intelliclaim.engine.store;

import java.time.Instant;

/** One change waiting to reach the team's backend; {@code attempts} counts the pushes that failed so far. */
public record OutboxEntry(long seq, ChangeKind kind, String ref, Instant recordedAt, int attempts, String lastError) {
}
