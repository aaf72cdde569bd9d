package com.intelliclaim.engine.api;

/**
 * Progress of long engine work, as plain numbers: {@code done} of {@code total} units (pages, chunks, files) and a
 * short message. Called on the engine's worker thread; implementations hand off to their own thread if they must.
 * Cancellation is by interrupting the thread that runs the work.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total, message) -> { };

    void progress(long done, long total, String message);
}
