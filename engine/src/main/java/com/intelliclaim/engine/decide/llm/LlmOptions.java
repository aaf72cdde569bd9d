package com.intelliclaim.engine.decide.llm;

import java.time.Duration;
import java.util.Objects;

/**
 * How patiently the LLM adjudicator retries, and what it records beside the model's decisions.
 *
 * @param attempts            requests per model and message before that model is given up (rate limits, server
 *                            errors, timeouts and broken connections are retried; other failures are not), 1..10
 * @param baseDelay           the wait before the second request; doubled before each further one. A server's
 *                            {@code Retry-After} replaces it
 * @param maxWait             the longest single wait; a server that asks for longer is treated as unavailable
 * @param standbyRulesVersion the rules version recorded on decisions the model made (the rules that stood by)
 */
public record LlmOptions(int attempts, Duration baseDelay, Duration maxWait, String standbyRulesVersion) {
    /** Three requests per model, waits of 1 s then 2 s, at most 30 s when a server asks; no rules version named. */
    public static final LlmOptions DEFAULTS = new LlmOptions(3, Duration.ofSeconds(1), Duration.ofSeconds(30), "none");

    public LlmOptions {
        if (attempts < 1 || attempts > 10) {
            throw new IllegalArgumentException("LLM attempts must be between 1 and 10, not " + attempts + ".");
        }
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxWait, "maxWait");
        if (baseDelay.isNegative() || maxWait.isNegative()) {
            throw new IllegalArgumentException("LLM retry waits cannot be negative: " + baseDelay + ", " + maxWait + ".");
        }
        if (standbyRulesVersion == null || standbyRulesVersion.isBlank()) {
            throw new IllegalArgumentException("Name the rules version that stands by the LLM (\"none\" if unknown).");
        }
    }

    /** The same options, recording {@code version} as the rules that stood by. */
    public LlmOptions withStandbyRules(String version) {
        return new LlmOptions(attempts, baseDelay, maxWait, version);
    }

    /** The wait before request {@code attempt + 1} when the server named none: base, doubled per earlier retry. */
    Duration backoff(int attempt) {
        Duration wait = baseDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }
}
