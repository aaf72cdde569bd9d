package com.intelliclaim.engine.api;

/** The versions a decision was made with, so it can be explained a year later; {@code prompt} is null for rules. */
public record DecisionVersions(String engine, String embeddingModel, String rules, String prompt) {
}
