package com.intelliclaim.engine.api;

import java.time.Instant;

/** An analyst's override of an earlier decision: the new outcome, why, by whom, and when. */
public record DecisionOverride(Outcome decision, String reason, String by, Instant at) {
}
