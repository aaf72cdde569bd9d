package com.intelliclaim.app.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;

/**
 * The command line's command names and aliases, read from the annotations without building the command line or
 * loading a command class: the launcher asks before logging is set up, and no logger may be made that early.
 */
public final class CommandNames {
    private CommandNames() {
    }

    public static Set<String> all() {
        Set<String> names = new HashSet<>();
        for (Class<?> type : RootCommand.class.getAnnotation(Command.class).subcommands()) {
            Command command = type.getAnnotation(Command.class);
            names.add(command.name());
            names.addAll(List.of(command.aliases()));
        }
        return Set.copyOf(names);
    }
}
