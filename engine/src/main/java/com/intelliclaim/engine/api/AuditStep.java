package com.intelliclaim.engine.api;

/** One real step taken to reach a decision ("extract facts", "retrieve", "llm gpt-4o-mini attempt 1"), what it found, and how long it took. */
public record AuditStep(String step, String detail, long millis) {
}
