package com.intelliclaim.app.cli;

import com.intelliclaim.app.bench.AskBenchmark;
import com.intelliclaim.app.bench.IngestBenchmark;
import com.intelliclaim.app.bench.SearchBenchmark;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench ingest FILE…}, {@code bench search --chunks N} and {@code bench ask}: the benchmarks the README
 * reports.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Benchmarks (each in a fresh temporary data folder).",
        subcommands = {BenchCommand.Ingest.class, BenchCommand.Search.class, BenchCommand.Ask.class})
public final class BenchCommand {

    @Command(name = "ingest", mixinStandardHelpOptions = true,
            description = "Ingest files into a fresh data folder: stage times, pages/s, embedding-only time,"
                    + " the langchain4j baseline on the same files, and peak RSS.")
    static final class Ingest implements Callable<Integer> {
        @Option(names = "--model", defaultValue = "all-minilm-l6-v2-q", description = "Embedding model: a bundled id, or"
                + " pytorch:FOLDER for a TorchScript model folder.")
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

        @Option(names = "--compare-scan", defaultValue = "0", paramLabel = "ROUNDS", description = "Then time the"
                + " float-only vector scan against the default (8-bit shortlist) alternately ROUNDS times each.")
        int compareScanRounds;

        @Option(names = "--model", defaultValue = "all-minilm-l6-v2-q", description = "Embedding model: a bundled id, or"
                + " pytorch:FOLDER for a TorchScript model folder.")
        String model;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            new SearchBenchmark(model, chunks, queries).runComparison(spec.commandLine().getOut(), compareScanRounds);
            return 0;
        }
    }

    @Command(name = "ask", mixinStandardHelpOptions = true,
            description = "Latency of 'ask' with the rules adjudicator, warm (facts, retrieval, adjudication, storing"
                    + " the record), on a copy of a data folder and/or files ingested into a fresh one.")
    static final class Ask implements Callable<Integer> {
        @Option(names = "--data", paramLabel = "DIR",
                description = "A data folder to copy and ask against (it is not changed).")
        Path data;

        @Option(names = "--asks", defaultValue = "300", description = "Timed asks (default: ${DEFAULT-VALUE}).")
        int asks;

        @Option(names = "--warmup", defaultValue = "50", description = "Untimed asks first (default: ${DEFAULT-VALUE}).")
        int warmup;

        @Option(names = "--model", defaultValue = "all-minilm-l6-v2-q", description = "Embedding model: a bundled id, or"
                + " pytorch:FOLDER for a TorchScript model folder.")
        String model;

        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files to ingest first.")
        List<Path> files;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if ((data == null && (files == null || files.isEmpty())) || asks < 1 || warmup < 0) {
                spec.commandLine().getErr().println("Error: give a data folder (--data DIR) or files to ingest,"
                        + " at least one timed ask and no negative warm-up.");
                return 2;
            }
            if (data != null && !Files.isDirectory(data)) {
                spec.commandLine().getErr().println("Error: the data folder " + data + " does not exist.");
                return 2;
            }
            new AskBenchmark(new AskBenchmark.Setup(model, data, files == null ? List.of() : files, asks, warmup))
                    .run(spec.commandLine().getOut());
            return 0;
        }
    }
}
