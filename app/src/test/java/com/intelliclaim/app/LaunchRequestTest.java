package com.intelliclaim.app;

import com.intelliclaim.app.cli.Cli;
import com.intelliclaim.app.cli.CommandNames;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class LaunchRequestTest {
    /** Paths that exist on the pretend machine; "search" also exists as a file in the working folder. */
    private static final Set<Path> EXISTING = Set.of(Path.of("/home/ana/claim.pdf"), Path.of("/home/ana/policies"),
            Path.of("/home/ana/my claim (2).pdf"), Path.of("search"), Path.of("notes.txt"));
    private static final Set<String> COMMANDS = Set.of("ingest", "search", "docs", "ask");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("", true, List.of()),
                Arguments.of("--data|/d", true, List.of()),
                Arguments.of("--data=/d", true, List.of()),
                Arguments.of("/home/ana/claim.pdf", true, List.of("/home/ana/claim.pdf")),
                Arguments.of("/home/ana/claim.pdf|/home/ana/policies", true,
                        List.of("/home/ana/claim.pdf", "/home/ana/policies")),
                Arguments.of("/home/ana/my claim (2).pdf", true, List.of("/home/ana/my claim (2).pdf")),
                Arguments.of("--data|/d|/home/ana/claim.pdf", true, List.of("/home/ana/claim.pdf")),
                Arguments.of("notes.txt", true, List.of(Path.of("notes.txt").toAbsolutePath().toString())),
                Arguments.of("/home/ana/missing.pdf", false, List.of()),
                Arguments.of("/home/ana/claim.pdf|/home/ana/missing.pdf", false, List.of()),
                Arguments.of("search", false, List.of()),
                Arguments.of("search|--json|waiting period", false, List.of()),
                Arguments.of("ingest|/home/ana/claim.pdf", false, List.of()),
                Arguments.of("--version", false, List.of()),
                Arguments.of("--help", false, List.of()),
                Arguments.of("/home/ana/claim.pdf|--json", false, List.of()),
                Arguments.of("--data", false, List.of()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("cases")
    void opensTheWindowForNothingADataFolderOrExistingPathsElseRunsTheCommandLine(String args, boolean desktop,
                                                                                  List<String> files) {
        String[] argv = args.isEmpty() ? new String[0] : args.split("\\|");

        LaunchRequest request = LaunchRequest.of(argv, EXISTING::contains, () -> COMMANDS);

        assertThat(request.desktop()).as("opens the window").isEqualTo(desktop);
        assertThat(request.files()).containsExactlyElementsOf(files.stream().map(Path::of).toList());
    }

    @Test
    void asksForTheCommandNamesOnlyWhenBarePathsAreGiven() {
        LaunchRequest.of(new String[] {"--data", "/d"}, p -> true, () -> {
            throw new AssertionError("the command names were built for a plain start");
        });
    }

    @Test
    void theCommandNamesAreTheCommandLinesOwn() {
        Set<String> picocli = Cli.commandLine(new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()))
                .getSubcommands().keySet();

        assertThat(CommandNames.all()).containsExactlyInAnyOrderElementsOf(picocli).contains("ingest", "search");
        assertThat(LaunchRequest.of(new String[] {"ingest"}, p -> true, CommandNames::all).desktop()).isFalse();
    }
}
