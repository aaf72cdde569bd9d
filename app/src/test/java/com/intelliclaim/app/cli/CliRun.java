package com.intelliclaim.app.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One CLI invocation in-process, as a test sees it: exit code, standard output and standard error. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
