package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search QUERY}: the best passages with document, page, clause and score. */
@Command(name = "search", mixinStandardHelpOptions = true, description = "Hybrid search over the indexed documents.")
public final class SearchCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "-k", defaultValue = "5", description = "Number of passages (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--json", description = "Print a JSON array of hits.")
    boolean json;

    @Option(names = "--document", paramLabel = "NAME",
            description = "Only this document: a file name (its latest version) or a SHA-256 prefix.")
    String document;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The question or keywords.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SearchRequest request = new SearchRequest(String.join(" ", words), k, document);
        try (IntelliClaimEngine e = engine.openLoadingModel()) {
            List<SearchHit> hits = e.search(request);
            if (json) {
                out.println(RecordJson.write(hits));
            } else if (hits.isEmpty()) {
                out.println("No passages found" + (e.stats().documents() == 0 ? ": nothing is indexed yet (use 'ingest')." : "."));
            } else {
                for (int i = 0; i < hits.size(); i++) {
                    print(out, i + 1, hits.get(i));
                }
            }
            return 0;
        }
    }

    private static void print(PrintWriter out, int rank, SearchHit hit) {
        String pages = hit.page() == hit.pageEnd() ? "p. " + hit.page() : "pp. " + hit.page() + "-" + hit.pageEnd();
        String clause = hit.clause() == null ? "" : ", clause " + hit.clause();
        out.printf(Locale.ROOT, "%d. %s, %s%s  [%.4f]%n", rank, hit.documentName(), pages, clause, hit.score());
        if (hit.heading() != null) {
            out.println("   " + hit.heading());
        }
        String text = hit.text().replaceAll("\\s+", " ");
        out.println("   " + (text.length() > 300 ? text.substring(0, 297) + "..." : text));
    }
}
