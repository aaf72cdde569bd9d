package com.intelliclaim.app.cli;

import com.intelliclaim.app.bench.IngestBenchmark;
import com.intelliclaim.app.bench.SearchBenchmark;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bench ingest FILE…} and {@code bench search --chunks N}: the benchmarks the README reports. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (each in a fresh temporary data folder).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Search.class})
public final class BenchCommand {

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest files into a fresh data folder: stage times, pages/s, embedding-only time,"
                    + " the langchain4j baseline on the same files, and peak RSS.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--model", defaultValue = "all-minilm-l6-v2-q", description = "Bundled embedding model.")
        String model;

        @Option(names = "--no-baseline", description = "Skip the langchain4j baseline.")
        boolean noBaseline;

        @Option(names = "--runs", defaultValue = "2", description = "Runs of each pipeline; the first is cold, the"
                + " comparisons use the last (default: ${DEFAULT-VALUE}).")
        int runs;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to ingest.")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (runs < 1) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs + ".");
            }
            new IngestBenchmark(model, files, !noBaseline, runs).run(out);
            return 0;
        }
    }

    @Command(name = "search", mixinStandardHelpOptions = true,
            description = "Hybrid query latency (query embedding, vector and BM25 search, fusion, chunk fetch) over"
                    + " N synthetic chunks stored in a fresh data folder.")
    static final class Search implements Callable<Integer> {
        @Option(names = "--chunks", defaultValue = "10000", description = "Number of chunks (default: ${DEFAULT-VALUE}).")
        int chunks;

        @Option(names = "--queries", defaultValue = "300", description = "Timed queries (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--model", defaultValue = "all-minilm-l6-v2-q", description = "Bundled embedding model.")
        String model;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            new SearchBenchmark(model, chunks, queries).run(spec.commandLine().getOut());
            return 0;
        }
    }
}
