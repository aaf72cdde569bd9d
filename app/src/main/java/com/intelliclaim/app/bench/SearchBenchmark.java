package com.intelliclaim.app.bench;

import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.embed.EmbeddingModelSource;
import com.intelliclaim.engine.embed.EmbeddingModels;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.store.DataFolder;
import com.intelliclaim.engine.store.H2DocumentStore;
import com.intelliclaim.engine.store.NewDocument;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * {@code bench search}: N synthetic chunks (random unit vectors; text drawn from a Zipf distribution over the policy
 * words that questions use followed by 5,000 made-up words, as natural text is) are stored through the real store,
 * the engine opens the folder as usual (loading both indexes), and real questions are timed end to end: query
 * embedding, vector search, BM25, fusion, boosts and the chunk fetch from the database.
 */
public final class SearchBenchmark {
    private static final int CHUNKS_PER_DOCUMENT = 1_000;
    /** The engine's switch between the 8-bit shortlist scan and the float-only scan; for benchmarks only. */
    private static final String SCAN_PROPERTY = "intelliclaim.vectorScan";
    private static final String[] WORDS = ("hospital waiting period months pre-existing disease cataract surgery"
            + " maternity expenses delivery newborn organ donor transplant room rent icu charges sum insured"
            + " co-payment network provider claim cashless reimbursement exclusion cosmetic treatment ayush"
            + " ayurveda homeopathy ambulance health check-up renewal grace period premium bonus discount policy"
            + " insured person day care domiciliary hospitalisation pre post medical practitioner bills"
            + " investigation diagnostic nursing consumables implant prosthesis dental injury accident illness"
            + " benefit limit per annum lakh rupees percent deductible age years continuous coverage portability")
            .split(" ");
    private static final List<String> QUESTIONS = List.of(
            "What is the waiting period for cataract surgery?",
            "Are organ donor expenses covered?",
            "room rent limit for ICU per day",
            "46-year-old male, knee surgery in Pune, 3-month-old insurance policy",
            "Is maternity covered and after how long?",
            "grace period for premium payment",
            "What is excluded under cosmetic treatment?",
            "No claim discount on renewal",
            "AYUSH treatment coverage limit",
            "ambulance charges reimbursed up to");

    private final String model;
    private final int chunks;
    private final int queries;

    public SearchBenchmark(String model, int chunks, int queries) {
        this.model = model;
        this.chunks = chunks;
        this.queries = queries;
    }

    public void run(PrintWriter out) throws Exception {
        runComparison(out, 0);
    }

    /**
     * Like {@link #run}, then, when {@code rounds} &gt; 0, times the default vector scan (8-bit shortlist, float
     * rescore) and the float-only scan alternately {@code rounds} times each over the same folder, and prints their
     * p50/p95 ratios: on a shared machine only a comparison within one run means anything.
     */
    public void runComparison(PrintWriter out, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("intelliclaim-bench-search");
        try {
            long t0 = System.nanoTime();
            populate(dir);
            long t1 = System.nanoTime();
            timeQueries(dir, null, out, Measure.ms(t1 - t0));
            if (rounds > 0) {
                compare(dir, rounds, out);
            }
        } finally {
            Measure.deleteTree(dir);
        }
        out.flush();
    }

    private void compare(Path dir, int rounds, PrintWriter out) throws Exception {
        double[][] shortlist = new double[rounds][];
        double[][] floats = new double[rounds][];
        for (int round = 0; round < rounds; round++) {
            // Alternate which goes first, so neither always inherits the other's garbage or a quieter moment.
            if (round % 2 == 0) {
                floats[round] = timeQueries(dir, "exact", out, -1);
                shortlist[round] = timeQueries(dir, null, out, -1);
            } else {
                shortlist[round] = timeQueries(dir, null, out, -1);
                floats[round] = timeQueries(dir, "exact", out, -1);
            }
        }
        out.printf(Locale.ROOT, "Vector scan comparison over %,d chunks (%d rounds, alternating):%n", chunks, rounds);
        for (int round = 0; round < rounds; round++) {
            out.printf(Locale.ROOT, "  round %d: int8+rescore / floats only: p50 %.2f / %.2f ms (%.2f), p95 %.2f / %.2f ms (%.2f)%n",
                    round + 1, Measure.percentile(shortlist[round], 50), Measure.percentile(floats[round], 50),
                    Measure.percentile(shortlist[round], 50) / Measure.percentile(floats[round], 50),
                    Measure.percentile(shortlist[round], 95), Measure.percentile(floats[round], 95),
                    Measure.percentile(shortlist[round], 95) / Measure.percentile(floats[round], 95));
        }
    }

    /** Opens the folder with the given vector scan property (null: the default), warms up, times the queries. */
    private double[] timeQueries(Path dir, String scan, PrintWriter out, double storeMs) throws Exception {
        String before = System.getProperty(SCAN_PROPERTY);
        setScan(scan);
        try {
            long t1 = System.nanoTime();
            try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(dir).withEmbeddingModel(model))) {
                long t2 = System.nanoTime();
                engine.warmUp();
                for (int i = 0; i < 30; i++) {
                    engine.search(SearchRequest.of(QUESTIONS.get(i % QUESTIONS.size()), 10));
                }
                double[] latencies = new double[queries];
                for (int i = 0; i < queries; i++) {
                    long start = System.nanoTime();
                    engine.search(SearchRequest.of(QUESTIONS.get(i % QUESTIONS.size()), 10));
                    latencies[i] = Measure.ms(System.nanoTime() - start);
                }
                String variant = scan == null ? "" : ", " + SCAN_PROPERTY + "=" + scan;
                out.printf(Locale.ROOT, "Hybrid search over %,d chunks (%d queries, top 10, model %s%s):%n", chunks,
                        queries, model, variant);
                out.printf(Locale.ROOT, "  p50 %.2f ms   p95 %.2f ms   max %.2f ms%n", Measure.percentile(latencies, 50),
                        Measure.percentile(latencies, 95), Measure.percentile(latencies, 100));
                if (storeMs >= 0) {
                    out.printf(Locale.ROOT, "  store %,d chunks: %.0f ms; open engine and load indexes: %.0f ms%n",
                            chunks, storeMs, Measure.ms(t2 - t1));
                    out.printf(Locale.ROOT, "  vector kernel: %s; peak RSS %d MB%n", vectorKernel(), Measure.peakRssMb());
                }
                out.flush();
                return latencies;
            }
        } finally {
            setScan(before);
        }
    }

    private static void setScan(String value) {
        if (value == null) {
            System.clearProperty(SCAN_PROPERTY);
        } else {
            System.setProperty(SCAN_PROPERTY, value);
        }
    }

    private static String vectorKernel() {
        return ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent()
                ? "jdk.incubator.vector (SIMD)" : "plain loops (start java with --add-modules jdk.incubator.vector for SIMD)";
    }

    private void populate(Path dir) {
        EmbeddingModelSource bundled = EmbeddingModels.resolve(model);
        Random random = new Random(42);
        Vocabulary vocabulary = new Vocabulary(random);
        try (DataFolder folder = DataFolder.open(dir); H2DocumentStore store = H2DocumentStore.open(folder)) {
            store.setIndexedModel(bundled.info());
            int dimension = bundled.info().dimension();
            for (int doc = 0, made = 0; made < chunks; doc++) {
                int n = Math.min(CHUNKS_PER_DOCUMENT, chunks - made);
                List<ChunkDraft> drafts = new ArrayList<>(n);
                List<float[]> vectors = new ArrayList<>(n);
                List<PageText> pages = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    String text = sentence(random, vocabulary);
                    int page = i / 10 + 1;
                    if (i % 10 == 0) {
                        pages.add(new PageText(page, text));
                    }
                    drafts.add(new ChunkDraft(i, text, page, page, (i % 40 + 1) + "." + (i % 7 + 1), "Section " + (i % 12 + 1), 0, 0));
                    vectors.add(unitVector(random, dimension));
                }
                String sha = String.format(Locale.ROOT, "%064x", doc + 1);
                store.add(new NewDocument(sha, "synthetic-" + doc + ".pdf", "application/pdf", 1), pages, drafts, vectors);
                made += n;
            }
        }
    }

    private static String sentence(Random random, Vocabulary vocabulary) {
        StringBuilder text = new StringBuilder();
        int words = 60 + random.nextInt(80);
        for (int i = 0; i < words; i++) {
            text.append(i == 0 ? "" : " ").append(vocabulary.draw(random));
        }
        return text.append('.').toString();
    }

    /** Words ranked by frequency, drawn with probability proportional to 1 / rank (Zipf's law). */
    private static final class Vocabulary {
        private final String[] words;
        private final double[] cumulative;

        Vocabulary(Random random) {
            List<String> all = new ArrayList<>(List.of(WORDS));
            String[] syllables = {"ka", "ro", "mi", "te", "lu", "san", "vi", "dor", "pe", "na", "sha", "gu", "li", "mor"};
            while (all.size() < WORDS.length + 5_000) {
                StringBuilder w = new StringBuilder();
                for (int s = 0, n = 2 + random.nextInt(3); s < n; s++) {
                    w.append(syllables[random.nextInt(syllables.length)]);
                }
                all.add(w.toString());
            }
            java.util.Collections.shuffle(all, random);
            words = all.toArray(String[]::new);
            cumulative = new double[words.length];
            double sum = 0;
            for (int i = 0; i < words.length; i++) {
                sum += 1.0 / (i + 1);
                cumulative[i] = sum;
            }
        }

        String draw(Random random) {
            double x = random.nextDouble() * cumulative[cumulative.length - 1];
            int i = java.util.Arrays.binarySearch(cumulative, x);
            return words[i >= 0 ? i : -i - 1];
        }
    }

    private static float[] unitVector(Random random, int dimension) {
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) {
            v[i] *= inv;
        }
        return v;
    }
}
