package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.DecisionNotFoundException;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code decision ID}: one decision record in full, with its notes. */
@Command(name = "decision", mixinStandardHelpOptions = true, description = "Show one decision in full, with its notes.")
public final class DecisionCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print the decision record as JSON.")
    boolean json;

    @Parameters(paramLabel = "ID", description = "The decision's id (as 'decisions' lists it).")
    String id;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.open()) {
            DecisionRecord record = e.decision(id.strip()).orElseThrow(() -> new DecisionNotFoundException(id.strip()));
            DecisionPrinter.print(out, record, json);
            return 0;
        }
    }
}
