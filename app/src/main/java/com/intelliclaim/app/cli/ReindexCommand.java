package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code reindex}: re-embed every document with the configured model. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Re-embed every indexed document with the configured model (after a model change).")
public final class ReindexCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = IntelliClaimEngine.openForReindex(engine.config())) {
            e.reindex((done, total, message) -> {
                out.printf("[%d/%d] %s%n", done, total, message);
                out.flush();
            });
            out.println("The index now uses " + e.model().id() + ".");
            return 0;
        }
    }
}
