package com.intelliclaim.app.bench;

import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;

/** An ingest listener that adds up the wall time spent in each stage, from the stage events themselves. */
final class StageClock implements IngestListener {
    private final Map<Stage, Long> nanos = new EnumMap<>(Stage.class);
    private Stage current;
    private long since;

    @Override
    public void stage(Path file, Stage stage, long done, long total) {
        if (stage == Stage.QUEUED || stage == current) {
            return;
        }
        close();
        current = stage;
        since = System.nanoTime();
    }

    @Override
    public void finished(FileOutcome outcome) {
        close();
        current = null;
    }

    private void close() {
        if (current != null) {
            nanos.merge(current, System.nanoTime() - since, Long::sum);
        }
    }

    double millis(Stage stage) {
        return nanos.getOrDefault(stage, 0L) / 1e6;
    }
}
