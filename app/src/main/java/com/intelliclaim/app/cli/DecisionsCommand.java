package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code decisions}: the decision history, newest first. */
@Command(name = "decisions", mixinStandardHelpOptions = true,
        description = "List the decisions, newest first (overridden ones too, marked).")
public final class DecisionsCommand implements Callable<Integer> {
    private static final int QUERY_CHARS = 60;

    @Mixin
    EngineOptions engine;

    @Option(names = "--json", description = "Print a JSON array of decision records.")
    boolean json;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "How many, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (limit < 1 || limit > 10_000) {
            spec.commandLine().getErr().println("Error: --limit must be between 1 and 10000, not " + limit + ".");
            return 2;
        }
        try (IntelliClaimEngine e = engine.open()) {
            List<DecisionRecord> records = e.decisions(limit);
            if (json) {
                out.println(RecordJson.write(records));
            } else if (records.isEmpty()) {
                out.println("No decisions yet; ask one with 'ask QUERY'.");
            } else {
                print(out, records);
            }
            return 0;
        }
    }

    static void print(PrintWriter out, List<DecisionRecord> records) {
        Map<String, DecisionRecord> overriders = records.stream().filter(r -> r.supersedes() != null)
                .collect(Collectors.toMap(DecisionRecord::supersedes, Function.identity()));
        out.printf(Locale.ROOT, "%-36s  %-24s  %-12s  %-18s  %-12s  %s%n", "ID", "CREATED", "DECISION", "AMOUNT",
                "ANALYST", "QUERY");
        for (DecisionRecord r : records) {
            String query = r.query().replaceAll("\\s+", " ");
            String mark = r.supersedes() != null ? "  [overrides " + r.supersedes() + "]"
                    : overriders.containsKey(r.id()) ? "  [overridden by " + overriders.get(r.id()).id() + "]" : "";
            out.printf(Locale.ROOT, "%-36s  %-24s  %-12s  %-18s  %-12s  %s%s%n", r.id(), r.createdAt()
                    .truncatedTo(ChronoUnit.SECONDS), r.decision(), AmountText.of(r), r.analyst(),
                    query.length() > QUERY_CHARS ? query.substring(0, QUERY_CHARS - 3) + "..." : query, mark);
        }
    }
}
