package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.Outcome;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code override ID --decision X --reason TEXT}: a new record that supersedes a decision; the old one is kept. */
@Command(name = "override", mixinStandardHelpOptions = true,
        description = "Override a decision with a reason: a new record supersedes it; the old record is kept.")
public final class OverrideCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "--decision", required = true, paramLabel = "APPROVED|REJECTED|NEEDS_REVIEW",
            description = "The decision that replaces it.")
    Outcome decision;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why it is overridden.")
    String reason;

    @Option(names = "--by", paramLabel = "NAME", description = "Who overrides it (default: the OS user).")
    String by;

    @Option(names = "--json", description = "Print the new record as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The decision to override.")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.open()) {
            DecisionRecord record = e.override(id.strip(), decision, reason, by);
            if (json) {
                out.println(RecordJson.write(record));
            } else {
                out.println("Decision " + id.strip() + " is overridden by decision " + record.id() + ": "
                        + record.decision() + " (" + AmountText.of(record) + "), by " + record.analyst() + ".");
            }
            return 0;
        }
    }
}
