package com.intelliclaim.app.cli;

import com.intelliclaim.app.eval.Scenario;
import com.intelliclaim.app.eval.ScenarioReport;
import com.intelliclaim.app.eval.ScenarioResult;
import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.LlmSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code eval-scenarios FILE}: decide every scenario of a file and score decisions, facts and cited clauses. */
@Command(name = "eval-scenarios", mixinStandardHelpOptions = true,
        description = "Score adjudication on a scenarios file: is each decision accepted, each stated fact read"
                + " right, a deciding clause cited? Documents not yet indexed are ingested first; each scenario is"
                + " asked within its document. The decisions are kept in the history.")
public final class EvalScenariosCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Mixin
    LlmChoiceOptions llm;

    @Option(names = "--base", paramLabel = "DIR",
            description = "Folder the scenarios' documents are named from (default: the scenario file's folder).")
    Path base;

    @Option(names = "-k", paramLabel = "N", defaultValue = "" + AskRequest.DEFAULT_PASSAGES,
            description = "Passages retrieved per scenario, 1 to 50 (default: ${DEFAULT-VALUE}).")
    int passages;

    @Parameters(paramLabel = "FILE", description = "A scenarios file in the format of scenarios-dev.json.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LlmSettings settings = llm.checkedSettings(spec, passages);
        List<Scenario> scenarios = Scenario.read(file);
        try (IntelliClaimEngine e = engine.openLoadingModel()) {
            Map<Path, String> problems = new HashMap<>();
            Map<Path, String> shas = ingest(e, scenarios, problems);
            out.println("Scenarios: " + scenarios.size() + " in " + file + "; adjudicator: "
                    + (settings == null ? "rules" : settings.provider().name().toLowerCase(Locale.ROOT) + " " + settings.models()));
            List<ScenarioResult> results = new ArrayList<>();
            for (Scenario s : scenarios) {
                Path document = s.documentPath(file, base);
                if (!shas.containsKey(document)) {
                    results.add(ScenarioResult.failed(s, problems.getOrDefault(document, "it was not ingested.")));
                    continue;
                }
                try {
                    results.add(ScenarioResult.score(s, e.ask(new AskRequest(s.query(), shas.get(document), null,
                            settings, passages, null))));
                } catch (EngineException failure) {
                    results.add(ScenarioResult.failed(s, failure.getMessage()));
                }
            }
            new ScenarioReport(results).print(out);
            return 0;
        }
    }

    /** Ingests each scenario document once; returns the SHA-256 of each indexed one, and why for the others. */
    private Map<Path, String> ingest(IntelliClaimEngine e, List<Scenario> scenarios, Map<Path, String> problems) {
        LinkedHashSet<Path> documents = new LinkedHashSet<>();
        scenarios.forEach(s -> documents.add(s.documentPath(file, base)));
        IngestReport report = e.ingest(List.copyOf(documents), IngestListener.NONE);
        Map<Path, String> shas = new HashMap<>();
        for (FileOutcome outcome : report.outcomes()) {
            Path document = outcome.file().toAbsolutePath().normalize();
            boolean indexed = outcome.status() == FileOutcome.Status.INDEXED
                    || outcome.status() == FileOutcome.Status.ALREADY_INDEXED;
            if (indexed && outcome.sha256() != null) {
                shas.put(document, outcome.sha256());
            } else {
                problems.put(document, document + ": " + outcome.message());
            }
        }
        return shas;
    }
}
