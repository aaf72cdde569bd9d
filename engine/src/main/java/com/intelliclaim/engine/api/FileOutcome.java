package com.intelliclaim.engine.api;

import java.nio.file.Path;

/** What became of one file of an ingest batch. {@code message} is plain words for the analyst. */
public record FileOutcome(Path file, Status status, String sha256, int pages, int chunks, long millis, String message) {
    public enum Status { INDEXED, ALREADY_INDEXED, FAILED, CANCELLED }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
