package com.intelliclaim.engine.api;

import java.time.Instant;

/** A note an analyst added to a decision; notes are appended, never edited. */
public record DecisionNote(String text, String by, Instant at) {
}
