package com.intelliclaim.engine.api;

import java.util.List;

/** The outcome of every file of an ingest batch, in the order they were processed. */
public record IngestReport(List<FileOutcome> outcomes) {
    public IngestReport {
        outcomes = List.copyOf(outcomes);
    }

    public long count(FileOutcome.Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    public boolean allSucceeded() {
        return outcomes.stream().allMatch(o -> o.status() == FileOutcome.Status.INDEXED
                || o.status() == FileOutcome.Status.ALREADY_INDEXED);
    }
}
