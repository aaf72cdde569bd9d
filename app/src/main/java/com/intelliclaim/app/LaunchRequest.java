package com.intelliclaim.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * What the launcher was asked to do. The window opens for no arguments, {@code --data DIR}, or bare paths of existing
 * files and folders (what a file manager's "Open with" passes, with or without {@code --data DIR}); those paths are
 * ingested once the window shows. Anything else — a command name, an option, a path that does not exist — is the
 * command line's, which explains a mistake better than a window would.
 *
 * @param desktop whether to open the window
 * @param files   the files and folders to ingest in the window (empty for the command line)
 */
public record LaunchRequest(boolean desktop, List<Path> files) {
    public LaunchRequest {
        files = List.copyOf(files);
    }

    /**
     * @param args     the program arguments
     * @param exists   whether a path names an existing file or folder
     * @param commands the command line's command names (asked only when bare paths are given)
     */
    public static LaunchRequest of(String[] args, Predicate<Path> exists, Supplier<Set<String>> commands) {
        List<String> bare = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ("--data".equals(arg) && i + 1 < args.length) {
                i++;
            } else if (arg.startsWith("--data=")) {
                continue;
            } else if (arg.startsWith("-") || arg.isBlank()) {
                return commandLine();
            } else {
                bare.add(arg);
            }
        }
        if (bare.isEmpty()) {
            return new LaunchRequest(true, List.of());
        }
        Set<String> names = commands.get();
        List<Path> files = new ArrayList<>();
        for (String arg : bare) {
            Path path;
            try {
                path = Path.of(arg);
            } catch (RuntimeException notAPath) {
                return commandLine();
            }
            if (names.contains(arg) || !exists.test(path)) {
                return commandLine();
            }
            files.add(path.toAbsolutePath());
        }
        return new LaunchRequest(true, files);
    }

    /** The request for these arguments on this machine. */
    public static LaunchRequest of(String[] args, Supplier<Set<String>> commands) {
        return of(args, Files::exists, commands);
    }

    private static LaunchRequest commandLine() {
        return new LaunchRequest(false, List.of());
    }
}
