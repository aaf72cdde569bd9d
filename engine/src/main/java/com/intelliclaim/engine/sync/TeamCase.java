package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.SharedCase;

/** A case as the team's database holds it, with the analyst whose sync last sent its current version. */
public record TeamCase(SharedCase shared, String pushedBy) {
}
