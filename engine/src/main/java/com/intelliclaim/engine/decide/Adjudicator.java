package com.intelliclaim.engine.decide;

/**
 * Decides a claim from its facts and the retrieved passages. Implementations: the deterministic rules adjudicator
 * (offline default) and the LLM adjudicator (which falls back to the rules when the model cannot give a valid answer).
 */
public interface Adjudicator {

    /**
     * Decides the claim. Never returns null and never invents a citation: every citation is one of
     * {@code claim.passages()}. Thread-safe. May block on I/O (an LLM call); honours interruption by throwing
     * {@link com.intelliclaim.engine.api.EngineException} with a plain message.
     */
    Adjudication adjudicate(ClaimContext claim);
}
