package com.intelliclaim.app.eval;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Retrieval scores of a question set, per set and scope: hit@1, hit@k (a passage on an expected page of the expected
 * document among the first k) and MRR within k.
 */
public final class RetrievalScores {
    /** One question's result: the rank (1-based) of the first correct passage, or 0 when none was in the top k. */
    public record Result(EvalQuestion question, boolean scoped, int rank) {
    }

    /** Aggregates of a set and scope. */
    public record Summary(String set, String scope, int questions, double hitAt1, double hitAtK, double mrr) {
    }

    private final List<Result> results = new ArrayList<>();
    private final int k;

    public RetrievalScores(int k) {
        this.k = k;
    }

    /** Runs every question scoped to its document and unscoped, and records the ranks. */
    public static RetrievalScores evaluate(List<EvalQuestion> questions, Map<EvalQuestion, String> shaOf,
                                           QuestionSearcher searcher, int k) {
        RetrievalScores scores = new RetrievalScores(k);
        for (EvalQuestion q : questions) {
            String sha = shaOf.get(q);
            for (boolean scoped : new boolean[] {true, false}) {
                List<PageHit> hits = searcher.search(q.question(), scoped ? sha : null, k);
                scores.results.add(new Result(q, scoped, rankOf(q, sha, hits)));
            }
        }
        return scores;
    }

    static int rankOf(EvalQuestion q, String sha, List<PageHit> hits) {
        for (int i = 0; i < hits.size(); i++) {
            PageHit hit = hits.get(i);
            if (hit.documentSha256().equals(sha) && q.expects(hit.page(), hit.pageEnd())) {
                return i + 1;
            }
        }
        return 0;
    }

    public List<Result> results() {
        return List.copyOf(results);
    }

    /** Per set (in order of appearance) and scope, then "all". */
    public List<Summary> summaries() {
        Map<String, List<Result>> groups = new LinkedHashMap<>();
        for (Result r : results) {
            String scope = r.scoped() ? "scoped" : "unscoped";
            groups.computeIfAbsent(r.question().set() + "\u0000" + scope, x -> new ArrayList<>()).add(r);
            groups.computeIfAbsent("all\u0000" + scope, x -> new ArrayList<>()).add(r);
        }
        List<Summary> out = new ArrayList<>();
        groups.forEach((key, rs) -> {
            String[] parts = key.split("\u0000");
            double hit1 = rs.stream().filter(r -> r.rank() == 1).count() / (double) rs.size();
            double hitK = rs.stream().filter(r -> r.rank() > 0).count() / (double) rs.size();
            double mrr = rs.stream().mapToDouble(r -> r.rank() == 0 ? 0 : 1.0 / r.rank()).sum() / rs.size();
            out.add(new Summary(parts[0], parts[1], rs.size(), hit1, hitK, mrr));
        });
        return out;
    }

    public void print(PrintWriter out, boolean listMisses) {
        out.printf(Locale.ROOT, "%-22s %-9s %4s %7s %7s %7s%n", "SET", "SCOPE", "N", "HIT@1", "HIT@" + k, "MRR");
        for (Summary s : summaries()) {
            out.printf(Locale.ROOT, "%-22s %-9s %4d %7.3f %7.3f %7.3f%n", s.set(), s.scope(), s.questions(),
                    s.hitAt1(), s.hitAtK(), s.mrr());
        }
        if (listMisses) {
            results.stream().filter(r -> r.rank() == 0).forEach(r -> out.printf(Locale.ROOT,
                    "miss %-8s %-9s pages %s: %s%n", r.question().id(), r.scoped() ? "scoped" : "unscoped",
                    r.question().pages(), r.question().question()));
        }
        out.flush();
    }
}
