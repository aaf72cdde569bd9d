package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.LlmSettings;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ask QUERY}: decide a claim question and keep the decision in the history. */
@Command(name = "ask", mixinStandardHelpOptions = true,
        description = "Decide a claim question against the indexed policies: decision, amount, justification,"
                + " citations, facts and audit trail. The decision is kept in the history ('decisions').")
public final class AskCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Mixin
    LlmChoiceOptions llm;

    @Option(names = "--json", description = "Print the decision record as JSON.")
    boolean json;

    @Option(names = "--document", paramLabel = "NAME",
            description = "Only this document: a file name (its latest version) or a SHA-256 prefix.")
    String document;

    @Option(names = "--case", paramLabel = "ID",
            description = "Ask within this claim case (its id or claim number): only its documents are searched and"
                    + " the decision joins the case.")
    String caseId;

    @Option(names = "-k", paramLabel = "N", defaultValue = "" + AskRequest.DEFAULT_PASSAGES,
            description = "Passages to retrieve, 1 to 50 (default: ${DEFAULT-VALUE}).")
    int passages;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Who is asking (default: the OS user).")
    String analyst;

    @Parameters(paramLabel = "QUERY", arity = "1..*", description = "The claim, e.g. \"46M, knee surgery, Pune,"
            + " 3-month-old policy\".")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LlmSettings settings = llm.checkedSettings(spec, passages);
        AskRequest request = new AskRequest(String.join(" ", words), document, null, settings, passages, analyst,
                caseId);
        try (IntelliClaimEngine e = engine.openLoadingModel()) {
            DecisionRecord record = e.ask(request);
            DecisionPrinter.print(out, record, json);
            return 0;
        }
    }
}
