package com.intelliclaim.app.bench;

import com.intelliclaim.app.eval.LangchainBaseline;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener.Stage;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.embed.EmbeddingModelSource;
import com.intelliclaim.engine.embed.EmbeddingModels;
import com.intelliclaim.engine.embed.Embedder;
import com.intelliclaim.engine.ingest.chunk.TokenCounter;
import com.intelliclaim.engine.store.StoredChunk;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bench ingest}: the whole ingest of some files into a fresh data folder (engine open and model load timed
 * apart), the time of each stage, the same model embedding the same chunk texts alone, and the langchain4j baseline
 * over the same PDFs. Each pipeline runs {@code runs} times in one JVM: the first run is cold (what a user's first
 * {@code ingest} gets), the comparisons use the last, when both pipelines are warm. Prints peak RSS at the end.
 */
public final class IngestBenchmark {
    private final String model;
    private final List<Path> files;
    private final boolean baseline;
    private final int runs;

    public IngestBenchmark(String model, List<Path> files, boolean baseline, int runs) {
        this.model = model;
        this.files = List.copyOf(files);
        this.baseline = baseline;
        this.runs = runs;
    }

    public void run(PrintWriter out) throws Exception {
        double pipelineMs = 0;
        List<String> texts = List.of();
        for (int run = 1; run <= runs; run++) {
            texts = new ArrayList<>();
            pipelineMs = runOnce(out, run, texts);
        }
        double embedOnlyMs = embedOnly(texts);
        out.printf(Locale.ROOT, "Embedding only, same model, same %d chunk texts: %.0f ms (%.1f texts/s);"
                + " ingest / embedding-only = %.2f%n", texts.size(), embedOnlyMs, texts.size() / (embedOnlyMs / 1000),
                pipelineMs / embedOnlyMs);
        EmbeddingModelSource source = EmbeddingModels.resolve(model);
        TokenCounter counter = source.tokenCounter();
        out.printf(Locale.ROOT, "  tokens embedded: %s%n", TokenTally.of(texts, counter, source.info().maxTokens()));
        if (baseline) {
            runBaseline(out, pipelineMs, counter);
        }
        out.printf(Locale.ROOT, "Peak RSS of this process: %d MB%n", Measure.peakRssMb());
        out.flush();
    }

    /** One ingest into a fresh data folder; adds the chunk texts to {@code texts}, returns the pipeline's millis. */
    private double runOnce(PrintWriter out, int run, List<String> texts) throws Exception {
        Path dir = Files.createTempDirectory("intelliclaim-bench-ingest");
        try {
            long t0 = System.nanoTime();
            try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(dir).withEmbeddingModel(model))) {
                long t1 = System.nanoTime();
                engine.warmUp();
                long t2 = System.nanoTime();
                long cpu0 = Measure.processCpuNanos();
                long jit0 = Measure.compileMillis();
                StageClock clock = new StageClock();
                IngestReport report = engine.ingest(files, clock);
                long t3 = System.nanoTime();
                long cpu = Measure.processCpuNanos() - cpu0;
                long jit = Measure.compileMillis() - jit0;
                report.outcomes().stream().filter(FileOutcome::failed)
                        .forEach(o -> out.println("FAILED " + o.file() + ": " + o.message()));
                int pages = report.outcomes().stream().mapToInt(FileOutcome::pages).sum();
                for (DocumentInfo doc : engine.documents()) {
                    engine.chunks(doc.id()).stream().map(StoredChunk::text).forEach(texts::add);
                }
                double pipelineMs = Measure.ms(t3 - t2);
                out.printf(Locale.ROOT, "IntelliClaim ingest run %d of %d (%s) of %d file(s): %d pages, %d chunks"
                        + " (model %s)%n", run, runs, run == 1 ? "cold" : "warm", files.size(), pages, texts.size(), model);
                out.printf(Locale.ROOT, "  open data folder %8.0f ms%n  load model       %8.0f ms%n",
                        Measure.ms(t1 - t0), Measure.ms(t2 - t1));
                for (Stage stage : List.of(Stage.PARSING, Stage.CHUNKING, Stage.EMBEDDING, Stage.STORING, Stage.INDEXING)) {
                    out.printf(Locale.ROOT, "  %-16s %8.0f ms%n", stage.name().toLowerCase(Locale.ROOT), clock.millis(stage));
                }
                out.printf(Locale.ROOT, "  ingest total     %8.0f ms  (%.1f pages/s; %.0f ms with model load, %.0f ms"
                        + " with opening the data folder too)%n", pipelineMs, pages / (pipelineMs / 1000),
                        Measure.ms(t3 - t1), Measure.ms(t3 - t0));
                if (cpu0 >= 0 && jit0 >= 0) {
                    out.printf(Locale.ROOT, "  process CPU during the ingest %.1f s on %d cores; JIT compilers at work %.1f s"
                            + " (elapsed, summed over their threads)%n",
                            cpu / 1e9, Runtime.getRuntime().availableProcessors(), jit / 1000.0);
                }
                return pipelineMs;
            }
        } finally {
            Measure.deleteTree(dir);
        }
    }

    private double embedOnly(List<String> texts) {
        try (Embedder embedder = EmbeddingModels.resolve(model).load()) {
            embedder.embedPassages(texts.subList(0, Math.min(16, texts.size()))); // warm the session
            long start = System.nanoTime();
            embedder.embedPassages(texts);
            return Measure.ms(System.nanoTime() - start);
        }
    }

    private void runBaseline(PrintWriter out, double pipelineMs, TokenCounter counter) throws Exception {
        List<Path> pdfs = files.stream().filter(p -> p.toString().toLowerCase(Locale.ROOT).endsWith(".pdf")).toList();
        for (int run = 1; run <= runs; run++) {
            LangchainBaseline.Timings t = new LangchainBaseline(model).ingest(pdfs);
            double total = t.parseMillis() + t.splitMillis() + t.embedMillis() + t.storeMillis();
            out.printf(Locale.ROOT, "langchain4j baseline run %d of %d: %d pages, %d segments; parse %d ms, split %d ms,"
                    + " embed %d ms, store %d ms; total %.0f ms%s%n", run, runs, t.pages(), t.segments(),
                    t.parseMillis(), t.splitMillis(), t.embedMillis(), t.storeMillis(), total,
                    run == runs ? String.format(Locale.ROOT, " (IntelliClaim / baseline = %.2f)", pipelineMs / total) : "");
            if (run == runs) {
                out.printf(Locale.ROOT, "  tokens embedded: %s%n", TokenTally.of(t.segmentTexts(), counter,
                        LangchainBaseline.MODEL_MAX_TOKENS));
            }
        }
    }
}
