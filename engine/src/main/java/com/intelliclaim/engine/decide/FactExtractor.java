package com.intelliclaim.engine.decide;

import com.intelliclaim.engine.api.ClaimFacts;
import java.time.LocalDate;

/** Reads the facts a claim question states. */
public interface FactExtractor {

    /**
     * The facts stated in {@code text}; a fact not stated is null, never guessed. {@code today} anchors relative
     * phrasings ("since March 2025", "started 10 months ago"). Deterministic and thread-safe.
     */
    ClaimFacts extract(String text, LocalDate today);
}
