package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.store.ChangeKind;
import com.intelliclaim.engine.sync.SyncStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code sync status}: changes waiting to be sent, the last successful sync and the last failure, and the team's
 * changes that wait here (a teammate's case whose claim number a case here has, a removal of a document a case or
 * decision here needs, attaches and decisions held for a case that has not arrived yet).
 */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show how many changes wait to be sent, when sync last succeeded, its last failure and the"
                + " team's changes that wait here.")
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
            out.println("Pending changes: " + status.pending() + byKind(e.syncPendingByKind()));
            out.println("Last success:    " + status.lastSuccess().map(Object::toString).orElse("never"));
            out.println("Last error:      " + status.lastError()
                    .map(m -> m + status.lastErrorAt().map(at -> " (" + at + ")").orElse("")).orElse("none"));
            List<String> waiting = status.describeWaiting();
            out.println("Waiting here:    " + (waiting.isEmpty() ? "nothing"
                    : String.join(System.lineSeparator() + " ".repeat(17), waiting)));
            return 0;
        }
    }

    /** " (2 documents, 1 case change)", or "" when nothing waits. */
    static String byKind(Map<ChangeKind, Long> counts) {
        if (counts.isEmpty()) {
            return "";
        }
        return counts.entrySet().stream().map(e -> e.getValue() + " " + label(e.getKey(), e.getValue()))
                .collect(Collectors.joining(", ", " (", ")"));
    }

    private static String label(ChangeKind kind, long count) {
        String one = switch (kind) {
            case DOCUMENT -> "document";
            case DECISION -> "decision";
            case OVERRIDE -> "override";
            case NOTE -> "note";
            case CASE -> "case change";
            case CASE_DOCUMENT -> "case document link";
            case DOCUMENT_REMOVED -> "document removal";
        };
        return count == 1 ? one : one + "s";
    }
}
