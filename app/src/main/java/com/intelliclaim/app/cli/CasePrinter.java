package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import java.io.PrintWriter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

/** Cases for a terminal, or as JSON. */
final class CasePrinter {
    /**
     * A case with everything that hangs on it, as {@code case show --json} prints it: {@code history} holds the
     * earlier versions' fields, {@code changes} every version with who made it, when and what it changed.
     */
    record Detail(ClaimCase claimCase, List<CaseDocument> documents, List<DecisionRecord> decisions,
                  List<ClaimCase> history, List<CaseChange> changes) {
    }

    private CasePrinter() {
    }

    static void list(PrintWriter out, List<ClaimCase> cases, boolean json) {
        if (json) {
            out.println(RecordJson.write(cases));
            return;
        }
        if (cases.isEmpty()) {
            out.println("No cases yet; create one with 'case create --claim-number NUMBER'.");
            return;
        }
        String row = "%-20s  %-10s  %-24s  %-16s  %-20s  %s%n";
        out.printf(Locale.ROOT, row, "CLAIM NUMBER", "STATUS", "CLAIMANT", "POLICY", "UPDATED", "ID");
        for (ClaimCase k : cases) {
            out.printf(Locale.ROOT, row, k.claimNumber(), k.status(), k.claimant(), k.policyNumber(),
                    k.updatedAt().truncatedTo(ChronoUnit.SECONDS), k.id());
        }
    }

    static void show(PrintWriter out, Detail d, boolean json) {
        if (json) {
            out.println(RecordJson.write(d));
            return;
        }
        ClaimCase k = d.claimCase();
        out.println("Case " + k.claimNumber() + " (id " + k.id() + ")");
        out.println("Claimant:      " + orNone(k.claimant()));
        out.println("Policy number: " + orNone(k.policyNumber()));
        out.println("Status:        " + k.status());
        out.println("Version:       " + k.version() + ", changed " + k.updatedAt().truncatedTo(ChronoUnit.SECONDS)
                + " by " + k.updatedBy() + "; created " + k.createdAt().truncatedTo(ChronoUnit.SECONDS));
        out.println();
        if (d.documents().isEmpty()) {
            out.println("Documents:     none; attach them with 'case attach " + k.claimNumber() + " DOC…'.");
        } else {
            out.println("Documents (" + d.documents().size() + "):");
            for (CaseDocument doc : d.documents()) {
                out.printf(Locale.ROOT, "  %-40s  %s  attached %s by %s%s%n", doc.name(), doc.sha256().substring(0, 12),
                        doc.attachedAt().truncatedTo(ChronoUnit.SECONDS), doc.attachedBy(),
                        doc.indexed() ? "" : "  (not indexed now: ingest the file again)");
            }
        }
        out.println();
        if (d.decisions().isEmpty()) {
            out.println("Decisions:     none; ask within the case with 'ask --case " + k.claimNumber() + " QUERY'.");
        } else {
            out.println("Decisions (" + d.decisions().size() + "):");
            DecisionsCommand.print(out, d.decisions());
        }
        if (!d.history().isEmpty()) {
            out.println();
            out.println("Earlier versions:");
            for (ClaimCase v : d.history()) {
                out.printf(Locale.ROOT, "  v%d  %s by %s: %s, %s, %s, %s%n", v.version(),
                        v.updatedAt().truncatedTo(ChronoUnit.SECONDS), v.updatedBy(), v.claimNumber(),
                        orNone(v.claimant()), orNone(v.policyNumber()), v.status());
            }
        }
        if (d.changes().size() > 1) {
            out.println();
            out.println("History:");
            for (CaseChange c : d.changes()) {
                out.printf(Locale.ROOT, "  v%d  %s by %s: %s%n", c.version(), c.at().truncatedTo(ChronoUnit.SECONDS),
                        c.by(), c.what());
            }
        }
    }

    private static String orNone(String value) {
        return value.isEmpty() ? "(none)" : value;
    }
}
