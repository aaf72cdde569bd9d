package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseNotFoundException;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.InvalidCaseException;
import com.intelliclaim.engine.api.NewCase;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code case …}: claim cases — create, list, show, edit, set the status, attach and detach documents. A case is
 * named by its id or its claim number.
 */
@Command(name = "case", mixinStandardHelpOptions = true,
        description = "Claim cases: create, list, show, update, status, attach and detach documents.",
        subcommands = {CaseCommand.Create.class, CaseCommand.ListCases.class, CaseCommand.Show.class,
                CaseCommand.Update.class, CaseCommand.Status.class, CaseCommand.Attach.class,
                CaseCommand.Detach.class})
public final class CaseCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Name what to do with cases: create, list, show, update,"
                + " status, attach or detach.");
    }

    /** The case a person named, by id or claim number. */
    static ClaimCase find(IntelliClaimEngine engine, String key) {
        String wanted = key.strip();
        return engine.claimCase(wanted).orElseThrow(() -> new CaseNotFoundException(wanted));
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a case (status OPEN).")
    static final class Create implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Option(names = "--claim-number", required = true, paramLabel = "NUMBER",
                description = "The insurer's claim number; unique among the cases.")
        String claimNumber;

        @Option(names = "--claimant", paramLabel = "NAME", description = "Who claims.")
        String claimant;

        @Option(names = "--policy-number", paramLabel = "NUMBER", description = "The policy claimed under.")
        String policyNumber;

        @Option(names = "--analyst", paramLabel = "NAME", description = "Who creates it (default: the OS user).")
        String analyst;

        @Option(names = "--json", description = "Print the case as JSON.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            NewCase draft = new NewCase(claimNumber, claimant, policyNumber, analyst);
            try (IntelliClaimEngine e = engine.open()) {
                ClaimCase created = e.createCase(draft);
                PrintWriter out = spec.commandLine().getOut();
                if (json) {
                    out.println(RecordJson.write(created));
                } else {
                    out.println("Created case " + created.claimNumber() + " (id " + created.id() + "), status "
                            + created.status() + ".");
                }
                return 0;
            }
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the cases, most recently changed"
            + " first.")
    static final class ListCases implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Option(names = "--json", description = "Print a JSON array of cases.")
        boolean json;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (IntelliClaimEngine e = engine.open()) {
                CasePrinter.list(spec.commandLine().getOut(), e.cases(), json);
                return 0;
            }
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Show a case with its documents, decisions and earlier versions.")
    static final class Show implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Option(names = "--json", description = "Print JSON: claimCase, documents, decisions, history, changes.")
        boolean json;

        @Parameters(paramLabel = "ID", description = "The case's id or claim number.")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (IntelliClaimEngine e = engine.open()) {
                ClaimCase k = find(e, id);
                CasePrinter.show(spec.commandLine().getOut(), new CasePrinter.Detail(k, e.caseDocuments(k.id()),
                        e.caseDecisions(k.id()), e.caseHistory(k.id()), e.caseChanges(k.id())), json);
                return 0;
            }
        }
    }

    @Command(name = "update", mixinStandardHelpOptions = true,
            description = "Change a case's claim number, claimant or policy number (the old version is kept).")
    static final class Update implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Parameters(index = "0", paramLabel = "ID", description = "The case's id or claim number.")
        String id;

        @Option(names = "--claim-number", paramLabel = "NUMBER", description = "The new claim number.")
        String claimNumber;

        @Option(names = "--claimant", paramLabel = "NAME", description = "The new claimant.")
        String claimant;

        @Option(names = "--policy-number", paramLabel = "NUMBER", description = "The new policy number.")
        String policyNumber;

        @Option(names = "--analyst", paramLabel = "NAME", description = "Who changes it (default: the OS user).")
        String analyst;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            if (claimNumber == null && claimant == null && policyNumber == null) {
                throw new ParameterException(spec.commandLine(),
                        "Give at least one of --claim-number, --claimant, --policy-number.");
            }
            try (IntelliClaimEngine e = engine.open()) {
                ClaimCase k = find(e, id);
                ClaimCase changed = e.updateCase(k.id(), k.toUpdate(analyst).withFields(
                        claimNumber == null ? k.claimNumber() : claimNumber,
                        claimant == null ? k.claimant() : claimant,
                        policyNumber == null ? k.policyNumber() : policyNumber));
                spec.commandLine().getOut().println("Updated case " + changed.claimNumber() + " to version "
                        + changed.version() + ".");
                return 0;
            }
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Set a case's status.")
    static final class Status implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Parameters(index = "0", paramLabel = "ID", description = "The case's id or claim number.")
        String id;

        @Parameters(index = "1", paramLabel = "STATUS", description = "OPEN, IN_REVIEW, DECIDED or CLOSED.")
        String status;

        @Option(names = "--analyst", paramLabel = "NAME", description = "Who changes it (default: the OS user).")
        String analyst;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            CaseStatus next;
            try {
                next = CaseStatus.parse(status);
            } catch (InvalidCaseException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            try (IntelliClaimEngine e = engine.open()) {
                ClaimCase k = find(e, id);
                ClaimCase changed = e.updateCase(k.id(), k.toUpdate(analyst).withStatus(next));
                spec.commandLine().getOut().println("Case " + changed.claimNumber() + " is now " + changed.status()
                        + " (was " + k.status() + ").");
                return 0;
            }
        }
    }

    @Command(name = "attach", mixinStandardHelpOptions = true,
            description = "Attach indexed documents to a case; asking within the case searches only them.")
    static final class Attach implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Parameters(index = "0", paramLabel = "ID", description = "The case's id or claim number.")
        String id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC",
                description = "A file name (its latest version) or a SHA-256 prefix, as 'docs' lists them.")
        List<String> documents;

        @Option(names = "--analyst", paramLabel = "NAME", description = "Who attaches them (default: the OS user).")
        String analyst;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (IntelliClaimEngine e = engine.open()) {
                ClaimCase k = find(e, id);
                return eachDocument(spec, documents, doc -> {
                    CaseDocument attached = e.attachDocument(k.id(), doc, analyst);
                    return "Attached " + attached.name() + " (" + attached.sha256().substring(0, 12) + ") to case "
                            + k.claimNumber() + ".";
                });
            }
        }
    }

    @Command(name = "detach", mixinStandardHelpOptions = true,
            description = "Detach documents from a case (they stay indexed).")
    static final class Detach implements Callable<Integer> {
        @Mixin
        EngineOptions engine;

        @Parameters(index = "0", paramLabel = "ID", description = "The case's id or claim number.")
        String id;

        @Parameters(index = "1..*", arity = "1..*", paramLabel = "DOC",
                description = "A file name or a SHA-256 (prefix) of an attached document.")
        List<String> documents;

        @Option(names = "--analyst", paramLabel = "NAME", description = "Who detaches them (default: the OS user).")
        String analyst;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (IntelliClaimEngine e = engine.open()) {
                ClaimCase k = find(e, id);
                return eachDocument(spec, documents, doc -> e.detachDocument(k.id(), doc, analyst)
                        ? "Detached " + doc + " from case " + k.claimNumber() + "."
                        : doc + " was not attached to case " + k.claimNumber() + ".");
            }
        }
    }

    @FunctionalInterface
    private interface DocumentAction {
        String apply(String document);
    }

    /** Runs the action on every document; one that fails is reported and the others go on. Exit 1 if any failed. */
    private static int eachDocument(CommandSpec spec, List<String> documents, DocumentAction action) {
        int failed = 0;
        for (String doc : documents) {
            try {
                spec.commandLine().getOut().println(action.apply(doc));
            } catch (EngineException problem) {
                spec.commandLine().getErr().println("Error: " + problem.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : 1;
    }
}
