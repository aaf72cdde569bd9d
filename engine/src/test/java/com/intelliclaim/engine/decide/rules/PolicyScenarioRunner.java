package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IngestListener;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.ClaimContext;
import com.intelliclaim.engine.retrieve.HybridRetriever;
import com.intelliclaim.engine.store.StoredChunk;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures the rules adjudicator on a scenarios file with real retrieval, by hand (not a test: the policies live outside
 * the repository). For each scenario: ingest its policy, search the question scoped to the policy, adjudicate with the
 * scenario's facts, and report whether the decision is one an analyst accepts, whether a deciding clause (and page) was
 * cited, and the amount.
 *
 * <pre>java -cp … PolicyScenarioRunner SCENARIOS.json BASE_DIR DATA_DIR [k] [-v]</pre>
 */
public final class PolicyScenarioRunner {
    private PolicyScenarioRunner() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path base = Path.of(args[1]);
        Path data = Path.of(args[2]);
        int k = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        boolean verbose = List.of(args).contains("-v");
        int neighbours = List.of(args).indexOf("-neighbours") >= 0
                ? Integer.parseInt(args[List.of(args).indexOf("-neighbours") + 1]) : 0;
        List<Scenarios.Scenario> scenarios = Scenarios.parse(Files.readString(file));
        RulesAdjudicator rules = new RulesAdjudicator();
        int right = 0;
        int clauseCited = 0;
        int pageCited = 0;
        int amountsRight = 0;
        int amounts = 0;
        List<Double> times = new java.util.ArrayList<>();
        try (IntelliClaimEngine engine = IntelliClaimEngine.open(EngineConfig.at(data))) {
            Set<Path> documents = new LinkedHashSet<>();
            scenarios.forEach(s -> documents.add(base.resolve(s.document())));
            engine.ingest(List.copyOf(documents), IngestListener.NONE);
            for (Scenarios.Scenario s : scenarios) {
                List<SearchHit> hits = withNeighbours(engine, engine.search(new SearchRequest(s.query(), k,
                        Path.of(s.document()).getFileName().toString())), neighbours);
                ClaimContext claim = new ClaimContext(s.query(), s.facts(), hits, LocalDate.now());
                Adjudication a = rules.adjudicate(claim);
                long start = System.nanoTime();
                int repeats = 20;
                for (int i = 0; i < repeats; i++) {
                    rules.adjudicate(claim);
                }
                double ms = (System.nanoTime() - start) / 1e6 / repeats;
                times.add(ms);
                boolean ok = s.accept().contains(a.decision().name());
                boolean clause = a.citations().stream().anyMatch(c -> s.clauses().contains(c.clause()));
                boolean page = a.citations().stream().anyMatch(c -> s.pages().contains(c.page())
                        || s.pages().contains(c.pageEnd()));
                boolean retrievedPage = hits.stream().anyMatch(h -> s.pages().contains(h.page()) || s.pages().contains(h.pageEnd()));
                right += ok ? 1 : 0;
                clauseCited += clause ? 1 : 0;
                pageCited += page ? 1 : 0;
                String amount = "";
                if (s.amount() != null) {
                    amounts++;
                    boolean amountOk = a.amount() != null && a.amount().compareTo(s.amount()) == 0;
                    amountsRight += amountOk ? 1 : 0;
                    amount = " amount " + plain(a.amount()) + " (expected " + plain(s.amount()) + (amountOk ? ", ok)" : ", wrong)");
                }
                System.out.printf("%-7s %-8s expected %-12s got %-12s clause cited %-5s page cited %-5s page retrieved %-5s %.1f ms%s%n",
                        s.id(), ok ? "OK" : "WRONG", s.decision(), a.decision(), clause, page, retrievedPage, ms, amount);
                if (verbose) {
                    System.out.println("        " + a.justification());
                    for (Citation c : a.citations()) {
                        System.out.println("        cites " + c.clause() + " p." + c.page() + ": " + c.text().replace('\n', ' '));
                    }
                    a.conditions().forEach(c -> System.out.println("        condition: " + c));
                }
            }
        }
        int n = scenarios.size();
        java.util.Collections.sort(times);
        System.out.printf("rules adjudication per claim (mean of 20 runs each): median %.1f ms, p95 %.1f ms, max %.1f ms%n",
                times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), times.get(times.size() - 1));
        System.out.printf("decisions accepted %d/%d (%.0f%%), deciding clause cited %d/%d, deciding page cited %d/%d,"
                + " amounts %d/%d%n", right, n, 100.0 * right / n, clauseCited, n, pageCited, n, amountsRight, amounts);
    }

    /**
     * The hits plus, for each, the {@code n} passages just before it in its document: what an ask pipeline could add so
     * that a list item comes with its list's header.
     */
    private static List<SearchHit> withNeighbours(IntelliClaimEngine engine, List<SearchHit> hits, int n) {
        if (n == 0) {
            return hits;
        }
        List<SearchHit> out = new java.util.ArrayList<>(hits);
        Set<String> ids = new java.util.HashSet<>();
        hits.forEach(h -> ids.add(h.chunkId()));
        for (SearchHit h : hits) {
            long documentId = engine.documents().stream().filter(d -> d.sha256().equals(h.documentSha256()))
                    .findFirst().orElseThrow().id();
            List<StoredChunk> chunks = engine.chunks(documentId);
            int ordinal = Statement.ordinalOf(h);
            for (StoredChunk c : chunks) {
                if (c.ordinal() < ordinal && c.ordinal() >= ordinal - n && ids.add(HybridRetriever.chunkId(c))) {
                    out.add(new SearchHit(HybridRetriever.chunkId(c), c.documentSha256(), c.documentName(), c.page(),
                            c.pageEnd(), c.clause(), c.heading(), c.text(), 0));
                }
            }
        }
        return out;
    }

    private static String plain(BigDecimal b) {
        return b == null ? "none" : b.stripTrailingZeros().toPlainString();
    }
}
