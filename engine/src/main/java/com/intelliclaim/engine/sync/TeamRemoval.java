package com.intelliclaim.engine.sync;

import java.time.Instant;

/** A document removed by an analyst: its tombstone in the team's database (its S3 object stays). */
public record TeamRemoval(String sha256, String removedBy, Instant removedAt) {
}
