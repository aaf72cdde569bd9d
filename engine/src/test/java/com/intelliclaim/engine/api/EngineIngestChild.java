package com.intelliclaim.engine.api;

import java.nio.file.Path;
import java.util.List;

/** Main of the crash test's child JVM: ingests a folder, printing a line per finished file, then waits to be killed. */
public final class EngineIngestChild {
    private EngineIngestChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(Path.of(args[0])))) {
            engine.ingest(List.of(Path.of(args[1])), new IngestListener() {
                @Override
                public void stage(Path file, Stage stage, long done, long total) {
                }

                @Override
                public void finished(FileOutcome outcome) {
                    System.out.println("finished " + outcome.status() + " " + outcome.file().getFileName());
                    System.out.flush();
                }
            });
            System.out.println("done");
            Thread.sleep(60_000);
        }
    }
}
