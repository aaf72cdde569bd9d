package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ingest PATH…}: index files and folders; one line per file, a summary, exit 1 when any file failed. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Index files and folders (recursively). Exit code 0 when every file was indexed or already"
                + " indexed, 1 when any failed.")
public final class IngestCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to index.")
    List<Path> paths;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.openLoadingModel()) {
            IngestReport report = e.ingest(paths, new LinePrinter(out));
            out.printf(Locale.ROOT, "%d indexed, %d already indexed, %d failed%s.%n",
                    report.count(FileOutcome.Status.INDEXED), report.count(FileOutcome.Status.ALREADY_INDEXED),
                    report.count(FileOutcome.Status.FAILED),
                    report.count(FileOutcome.Status.CANCELLED) > 0
                            ? ", " + report.count(FileOutcome.Status.CANCELLED) + " cancelled" : "");
            return report.allSucceeded() ? 0 : 1;
        }
    }

    /** Prints one line per finished file. */
    private static final class LinePrinter implements IngestListener {
        private final PrintWriter out;

        LinePrinter(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void stage(Path file, Stage stage, long done, long total) {
        }

        @Override
        public void finished(FileOutcome o) {
            String label = switch (o.status()) {
                case INDEXED -> "indexed ";
                case ALREADY_INDEXED -> "known   ";
                case FAILED -> "FAILED  ";
                case CANCELLED -> "cancelled";
            };
            out.printf(Locale.ROOT, "%s %s: %s (%.1f s)%n", label, o.file(), o.message(), o.millis() / 1000.0);
            out.flush();
        }
    }
}
