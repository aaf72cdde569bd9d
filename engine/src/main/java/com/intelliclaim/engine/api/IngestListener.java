package com.intelliclaim.engine.api;

import java.nio.file.Path;

/**
 * Events of an ingest batch, called on the engine's worker thread in order for each file: zero or more
 * {@link #stage} calls, then exactly one {@link #finished}.
 */
public interface IngestListener {
    IngestListener NONE = new IngestListener() {
        @Override
        public void stage(Path file, Stage stage, long done, long total) {
        }

        @Override
        public void finished(FileOutcome outcome) {
        }
    };

    /** The stages a file goes through, in order: STORING is the database commit, INDEXING the search indexes. */
    enum Stage { QUEUED, PARSING, CHUNKING, EMBEDDING, STORING, INDEXING }

    /** The file entered or progressed within {@code stage}; {@code done}/{@code total} count that stage's units. */
    void stage(Path file, Stage stage, long done, long total);

    /** The file is done, whatever the outcome. */
    void finished(FileOutcome outcome);
}
