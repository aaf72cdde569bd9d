package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.AmountText;
import com.intelliclaim.app.common.RecordJson;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.decide.StatedFacts;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** A decision record for a terminal: the outcome first, then why, what it rests on, and how it was reached. */
final class DecisionPrinter {
    private static final int QUOTE_CHARS = 240;

    private DecisionPrinter() {
    }

    /** The record as JSON ({@code --json}) or for people. */
    static void print(PrintWriter out, DecisionRecord record, boolean json) {
        if (json) {
            out.println(RecordJson.write(record));
        } else {
            print(out, record);
        }
    }

    static void print(PrintWriter out, DecisionRecord r) {
        out.printf(Locale.ROOT, "Decision:      %s%n", r.decision());
        out.printf(Locale.ROOT, "Amount:        %s%n", AmountText.of(r));
        out.printf(Locale.ROOT, "Confidence:    %.2f%n", r.confidence());
        out.printf(Locale.ROOT, "Decided by:    %s%n", r.decidedBy());
        if (r.override() != null) {
            out.printf(Locale.ROOT, "Override:      %s by %s at %s (overrides %s): %s%n", r.override().decision(),
                    r.override().by(), r.override().at(), r.supersedes(), r.override().reason());
        }
        out.println("Justification: " + r.justification());
        out.println();
        printFacts(out, r);
        printCitations(out, r);
        if (!r.conditions().isEmpty()) {
            out.println("Conditions:");
            r.conditions().forEach(c -> out.println("  - " + c));
        }
        out.println("Audit trail:");
        for (AuditStep step : r.auditTrail()) {
            out.printf(Locale.ROOT, "  %-10s %6d ms  %s%n", step.step(), step.millis(), step.detail());
        }
        if (!r.notes().isEmpty()) {
            out.println("Notes:");
            for (DecisionNote note : r.notes()) {
                out.printf(Locale.ROOT, "  %s %s: %s%n", note.at(), note.by(), note.text());
            }
        }
        out.printf(Locale.ROOT, "Decision %s, %s, analyst %s; engine %s, model %s, rules %s%s%n", r.id(),
                r.createdAt(), r.analyst(), r.versions().engine(), r.versions().embeddingModel(), r.versions().rules(),
                r.versions().prompt() == null ? "" : ", prompt " + r.versions().prompt());
    }

    private static void printFacts(PrintWriter out, DecisionRecord r) {
        Map<String, Object> facts = StatedFacts.of(r.facts());
        if (facts.isEmpty()) {
            out.println("Facts:         none");
            return;
        }
        out.println("Facts:");
        facts.forEach((name, value) -> out.printf(Locale.ROOT, "  %-17s %s%n", name,
                value instanceof BigDecimal amount ? AmountText.money(amount, r.facts().currency()) : shown(value)));
    }

    private static void printCitations(PrintWriter out, DecisionRecord r) {
        if (r.citations().isEmpty()) {
            out.println("Citations:     none");
            return;
        }
        out.println("Citations:");
        int n = 1;
        for (Citation c : r.citations()) {
            out.printf(Locale.ROOT, "  %d. %s%n", n++, where(c));
            String text = c.text().replaceAll("\\s+", " ").strip();
            out.println("     \"" + (text.length() > QUOTE_CHARS ? text.substring(0, QUOTE_CHARS - 3) + "..." : text)
                    + "\"");
        }
    }

    /** "policy.pdf p. 14 clause 4.2" (pp. 14-15 for a passage over two pages). */
    static String where(Citation c) {
        String pages = c.page() == c.pageEnd() ? "p. " + c.page() : "pp. " + c.page() + "-" + c.pageEnd();
        return c.documentName() + " " + pages + (c.clause() == null ? "" : " clause " + c.clause());
    }

    private static String shown(Object value) {
        return value instanceof Enum<?> e ? e.name().toLowerCase(Locale.ROOT) : String.valueOf(value);
    }
}
