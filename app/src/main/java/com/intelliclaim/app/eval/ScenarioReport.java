package com.intelliclaim.app.eval;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The scores of a scenario set: a line per scenario, what went wrong, and the totals. */
public final class ScenarioReport {
    private final List<ScenarioResult> results;

    public ScenarioReport(List<ScenarioResult> results) {
        this.results = List.copyOf(results);
    }

    public List<ScenarioResult> results() {
        return results;
    }

    public void print(PrintWriter out) {
        out.printf(Locale.ROOT, "%-14s %-13s %-24s %-4s %-6s %-10s %s%n", "ID", "DECISION", "EXPECTED", "OK",
                "FACTS", "CLAUSE", "AMOUNT");
        for (ScenarioResult r : results) {
            Scenario s = r.scenario();
            out.printf(Locale.ROOT, "%-14s %-13s %-24s %-4s %-6s %-10s %s%n", s.id(),
                    r.decision() == null ? "-" : r.decision(), s.expected(), r.decisionOk() ? "yes" : "no",
                    r.factsRight() + "/" + r.factsGiven(),
                    s.clauses().isEmpty() ? "-" : r.clauseCited() ? "cited" : "not cited",
                    r.amountOk() == null ? "-" : r.amountOk() ? "ok" : "wrong");
        }
        for (ScenarioResult r : results) {
            if (r.error() != null) {
                out.println("  " + r.scenario().id() + ": not asked: " + r.error());
            }
            r.factMisses().forEach(miss -> out.println("  " + r.scenario().id() + ": " + miss));
            if (!r.clauseCited() && r.error() == null) {
                out.println("  " + r.scenario().id() + ": none of clauses " + r.scenario().clauses() + " cited");
            }
        }
        int n = results.size();
        line(out, "Decision accuracy", count(r -> r.decisionOk()), n);
        line(out, "Fact accuracy", results.stream().mapToInt(ScenarioResult::factsRight).sum(),
                results.stream().mapToInt(ScenarioResult::factsGiven).sum());
        line(out, "Deciding clause cited", count(r -> !r.scenario().clauses().isEmpty() && r.clauseCited()),
                count(r -> !r.scenario().clauses().isEmpty()));
        line(out, "Amount right", count(r -> Boolean.TRUE.equals(r.amountOk())), count(r -> r.amountOk() != null));
    }

    private int count(java.util.function.Predicate<ScenarioResult> test) {
        return (int) results.stream().filter(test).count();
    }

    private static void line(PrintWriter out, String name, int right, int of) {
        String share = of == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * right / of);
        out.printf(Locale.ROOT, "%-23s %d/%d (%s)%n", name + ":", right, of, share);
    }
}
