package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.AppLogging;
import com.intelliclaim.engine.api.EngineException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Runs the command line: parses, executes, and turns engine failures into plain messages and exit codes. */
public final class Cli {
    private static final Logger log = LoggerFactory.getLogger(Cli.class);

    private Cli() {
    }

    /** Runs a command and returns its exit code: 0 success, 1 failure (message on stderr), 2 usage error. */
    public static int run(String... args) {
        return commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args);
    }

    /** The configured command line, writing to the given streams (tests capture them). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new RootCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            PrintWriter stderr = commandLine.getErr();
            if (e instanceof EngineException) {
                log.info("Command failed: {}", e.getMessage());
                stderr.println("Error: " + e.getMessage());
            } else {
                log.error("Unexpected failure of '{}'", commandLine.getCommandName(), e);
                stderr.println("Error: an unexpected problem stopped the command (" + e.getClass().getSimpleName()
                        + "); the details are in the log file in " + AppLogging.folderDescription() + ".");
            }
            stderr.flush();
            return 1;
        });
        return cli;
    }
}
