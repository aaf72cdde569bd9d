package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code note ID TEXT}: add a note to a decision; the decision itself is not changed. */
@Command(name = "note", mixinStandardHelpOptions = true, description = "Add a note to a decision.")
public final class NoteCommand implements Callable<Integer> {
    @Mixin
    EngineOptions engine;

    @Option(names = "--by", paramLabel = "NAME", description = "Who writes it (default: the OS user).")
    String by;

    @Parameters(index = "0", paramLabel = "ID", description = "The decision.")
    String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "TEXT", description = "The note.")
    List<String> words;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (IntelliClaimEngine e = engine.open()) {
            DecisionRecord record = e.addNote(id.strip(), String.join(" ", words), by);
            out.println("Noted on decision " + record.id() + " (" + record.notes().size()
                    + (record.notes().size() == 1 ? " note)." : " notes)."));
            return 0;
        }
    }
}
