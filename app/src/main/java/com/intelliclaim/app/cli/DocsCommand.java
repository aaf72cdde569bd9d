package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code docs}: the indexed documents. */
@Command(name = "docs", mixinStandardHelpOptions = true, description = "List the indexed documents, newest first.")
public final class DocsCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.open()) {
            List<DocumentInfo> docs = e.documents();
            if (json) {
                out.println(RecordJson.write(docs));
                return 0;
            }
            if (docs.isEmpty()) {
                out.println("No documents are indexed in " + engine.dataFolder().describe()
                        + " yet; add some with 'ingest PATH'.");
                return 0;
            }
            out.printf(Locale.ROOT, "%-44s %6s %7s  %-12s  %s%n", "NAME", "PAGES", "CHUNKS", "SHA256", "INGESTED");
            for (DocumentInfo d : docs) {
                out.printf(Locale.ROOT, "%-44s %6d %7d  %-12s  %s%n", d.name(), d.pages(), d.chunks(),
                        d.sha256().substring(0, 12), d.ingestedAt());
            }
            return 0;
        }
    }
}
