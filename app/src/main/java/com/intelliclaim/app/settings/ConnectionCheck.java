package com.intelliclaim.app.settings;

/** The result of "test connection": whether the endpoint is usable as configured, and why, in plain words. */
public record ConnectionCheck(boolean ok, String message) {
}
