package com.intelliclaim.app.cli;

import picocli.CommandLine.Command;

/** {@code intelliclaim}: the engine from a terminal. With no command, the desktop window opens instead. */
@Command(name = "intelliclaim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "IntelliClaim: index claim and policy documents, search them, decide claims against them,"
                + " and score retrieval and decisions.",
        subcommands = {IngestCommand.class, SearchCommand.class, DocsCommand.class, ReindexCommand.class,
                AskCommand.class, DecisionsCommand.class, DecisionCommand.class, OverrideCommand.class,
                NoteCommand.class, CaseCommand.class, EvalCommand.class, EvalScenariosCommand.class, BenchCommand.class,
                SyncCommand.class})
public final class RootCommand {
}
