package com.intelliclaim.app.bench;

import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.EngineStats;
import com.intelliclaim.engine.api.FileOutcome;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IngestReport;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.store.DataFolder;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code bench ask}: end-to-end latency of {@code ask} with the rules adjudicator, warm: fact extraction, hybrid
 * retrieval, adjudication and the commit of the record. Runs on a copy of a data folder (so the analyst's history
 * does not fill with benchmark decisions) and/or on files ingested into a fresh folder. The split comes from the
 * records' own audit trails; "store" is the rest of the wall time (assembly and commit of the record).
 */
public final class AskBenchmark {
    static final List<String> QUESTIONS = List.of(
            "46-year-old male, knee surgery in Pune, 3-month-old insurance policy",
            "25M, dental treatment, Chennai, new policy",
            "60-year-old woman, cataract surgery, Delhi, 5-year-old policy",
            "Female, 35 years, heart surgery, Mumbai, 1-year policy",
            "62 M, cataract phaco in Bengaluru, policy 14 months, claimed Rs 45,000",
            "Caesarean delivery for a 29-year-old wife, policy started 10 months ago",
            "Knee replacement for a 58-year-old father, sum insured ₹5 lakh, 2 years of cover",
            "Angioplasty with stent, 51-year-old man in Hyderabad, policy 6 months old, hospital 4 days",
            "Dialysis for a diabetic 67-year-old mother, pre-existing, 3-year-old policy",
            "Hernia repair, 40M, Kolkata, new policy with 24 months portability credit",
            "Ayurvedic treatment in an AYUSH hospital, 45 F, policy 2 years",
            "Air ambulance from Shimla for a 55-year-old, claim INR 2,00,000",
            "Room rent of Rs 6,000 per day for 5 days, sum insured 3 lakh, appendectomy",
            "Cosmetic rhinoplasty, 30-year-old woman, 4-year-old policy",
            "Chemotherapy for a 48-year-old son, policy 18 months, network hospital in Pune",
            "Organ donor expenses for a kidney transplant, recipient aged 52, policy 3 years");

    /**
     * What to run.
     *
     * @param model  bundled embedding model
     * @param data   a data folder to copy (left untouched), or null
     * @param files  files to ingest into the benchmark folder (after the copy)
     * @param asks   timed asks
     * @param warmup untimed asks first
     */
    public record Setup(String model, Path data, List<Path> files, int asks, int warmup) {
    }

    private final Setup setup;

    public AskBenchmark(Setup setup) {
        this.setup = setup;
    }

    public void run(PrintWriter out) throws IOException {
        Path dir = Files.createTempDirectory("intelliclaim-bench-ask");
        try {
            if (setup.data() != null) {
                copyData(setup.data(), dir);
            }
            long t0 = System.nanoTime();
            try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(dir).withEmbeddingModel(setup.model()))) {
                long t1 = System.nanoTime();
                if (!setup.files().isEmpty()) {
                    ingest(engine, out);
                }
                EngineStats stats = engine.stats();
                if (stats.documents() == 0) {
                    out.println("Nothing is indexed: give a data folder with --data or files to ingest.");
                    return;
                }
                engine.warmUp();
                for (int i = 0; i < setup.warmup(); i++) {
                    engine.ask(AskRequest.of(QUESTIONS.get(i % QUESTIONS.size())));
                }
                Split split = new Split(setup.asks());
                for (int i = 0; i < setup.asks(); i++) {
                    long start = System.nanoTime();
                    DecisionRecord record = engine.ask(AskRequest.of(QUESTIONS.get(i % QUESTIONS.size())));
                    split.add(i, Measure.ms(System.nanoTime() - start), record.auditTrail());
                }
                out.printf(Locale.ROOT, "ask, rules adjudicator, over %d documents (%,d chunks), %d asks after %d"
                        + " warm-up, top %d passages, model %s:%n", stats.documents(), stats.chunks(), setup.asks(),
                        setup.warmup(), AskRequest.DEFAULT_PASSAGES, setup.model());
                split.print(out);
                out.printf(Locale.ROOT, "  open engine and load indexes: %.0f ms; peak RSS %d MB%n",
                        Measure.ms(t1 - t0), Measure.peakRssMb());
            }
        } finally {
            Measure.deleteTree(dir);
        }
        out.flush();
    }

    private void ingest(IntelliClaimEngine engine, PrintWriter out) {
        long start = System.nanoTime();
        IngestReport report = engine.ingest(setup.files(), IngestListener.NONE);
        report.outcomes().stream().filter(FileOutcome::failed)
                .forEach(o -> out.println("could not ingest " + o.file() + ": " + o.message()));
        out.printf(Locale.ROOT, "ingested %d files in %.1f s%n", report.outcomes().size(),
                Measure.ms(System.nanoTime() - start) / 1000);
    }

    /** Copies the database and keyword index of a data folder, holding its lock so nobody writes it meanwhile. */
    private static void copyData(Path source, Path target) throws IOException {
        try (DataFolder folder = DataFolder.open(source)) {
            for (Path part : List.of(folder.databaseFile().getParent(), folder.keywordIndexDir())) {
                Path into = target.resolve(folder.root().relativize(part));
                try (Stream<Path> walk = Files.walk(part)) {
                    for (Path p : (Iterable<Path>) walk::iterator) {
                        Path copy = into.resolve(part.relativize(p).toString());
                        if (Files.isDirectory(p)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(p, copy);
                        }
                    }
                }
            }
        }
    }

    /** Wall times and the mean time of each step family across the timed asks. */
    private static final class Split {
        private final double[] wall;
        private double facts;
        private double retrieve;
        private double adjudicate;
        private double store;

        Split(int asks) {
            wall = new double[asks];
        }

        /** Steps: "facts", "retrieve", the adjudicator's own, then "store"; store is what the others leave. */
        void add(int i, double wallMs, List<AuditStep> trail) {
            wall[i] = wallMs;
            double f = trail.get(0).millis();
            double r = trail.get(1).millis();
            double a = trail.subList(2, trail.size() - 1).stream().mapToLong(AuditStep::millis).sum();
            facts += f;
            retrieve += r;
            adjudicate += a;
            store += Math.max(0, wallMs - f - r - a);
        }

        void print(PrintWriter out) {
            int n = wall.length;
            out.printf(Locale.ROOT, "  p50 %.1f ms   p95 %.1f ms   max %.1f ms%n", Measure.percentile(wall, 50),
                    Measure.percentile(wall, 95), Measure.percentile(wall, 100));
            out.printf(Locale.ROOT, "  mean split: facts %.1f ms, retrieve %.1f ms, adjudicate %.1f ms,"
                    + " store %.1f ms (audit steps are whole ms; store is the rest of the wall time)%n",
                    facts / n, retrieve / n, adjudicate / n, store / n);
        }
    }
}
