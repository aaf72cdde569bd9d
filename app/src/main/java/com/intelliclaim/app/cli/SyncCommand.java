package com.intelliclaim.app.cli;

import com.intelliclaim.app.settings.SyncValues;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.sync.Backoff;
import com.intelliclaim.engine.sync.SyncException;
import com.intelliclaim.engine.sync.SyncReport;
import com.intelliclaim.engine.sync.SyncSettings;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code sync [--once]}: sends the changes waiting in the outbox to the team's backend and takes the team's new
 * documents and decisions; {@code --once} does one pass and exits 0 only when nothing is left to send.
 */
@Command(name = "sync", mixinStandardHelpOptions = true,
        subcommands = {SyncStatusCommand.class, SyncDoctorCommand.class},
        description = "Share documents and decisions with the team's backend (S3 and PostgreSQL): send what waits"
                + " in the outbox, take the team's new work. Runs until stopped unless --once is given.")
public final class SyncCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Mixin
    SyncOptions backend;

    @Option(names = "--once", description = "One pass, then exit: 0 when everything was sent and received.")
    boolean once;

    @Option(names = "--interval", paramLabel = "SECONDS",
            description = "Seconds between passes when running on (default: the interval saved in Settings, else 60).")
    Long intervalSeconds;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        SyncSettings settings;
        Duration interval;
        try {
            SyncValues values = backend.resolve(System::getenv);
            settings = values.settings(backend.attempts);
            interval = intervalSeconds == null ? values.interval() : Duration.ofSeconds(intervalSeconds);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.open()) {
            if (once) {
                SyncReport report = e.sync(settings);
                out.println(report.describe());
                return report.pending() == 0 ? 0 : 1;
            }
            runOn(e, settings, interval, out);
            return 0;
        }
    }

    /** Passes every interval until interrupted; after failures, waits with backoff instead. */
    private void runOn(IntelliClaimEngine e, SyncSettings settings, Duration interval, PrintWriter out)
            throws InterruptedException {
        Backoff backoff = Backoff.standard();
        int failures = 0;
        while (!Thread.currentThread().isInterrupted()) {
            Duration wait = interval;
            try {
                out.println(e.sync(settings).describe());
                failures = 0;
            } catch (SyncException failure) {
                spec.commandLine().getErr().println("Sync failed: " + failure.getMessage());
                Duration later = backoff.delay(failures++);
                wait = later.compareTo(wait) > 0 ? later : wait;
            }
            out.flush();
            Thread.sleep(wait.toMillis());
        }
    }
}
