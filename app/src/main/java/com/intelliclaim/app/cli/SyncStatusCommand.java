package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.sync.SyncStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code sync status}: changes waiting to be sent, the last successful sync and the last failure. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show how many changes wait to be sent, when sync last succeeded and its last failure.")
public final class SyncStatusCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.open()) {
            SyncStatus status = e.syncStatus();
            out.println("Pending changes: " + status.pending());
            out.println("Last success:    " + status.lastSuccess().map(Object::toString).orElse("never"));
            out.println("Last error:      " + status.lastError()
                    .map(m -> m + status.lastErrorAt().map(at -> " (" + at + ")").orElse("")).orElse("none"));
            return 0;
        }
    }
}
