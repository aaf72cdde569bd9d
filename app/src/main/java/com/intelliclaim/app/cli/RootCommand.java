package com.intelliclaim.app.cli;

import picocli.CommandLine.Command;

/** {@code intelliclaim}: the engine from a terminal. With no command, the desktop window opens instead. */
@Command(name = "intelliclaim", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "IntelliClaim: index claim and policy documents, search them, and score retrieval.",
        subcommands = {IngestCommand.class, SearchCommand.class, DocsCommand.class, ReindexCommand.class,
                EvalCommand.class, BenchCommand.class})
public final class RootCommand {
}
