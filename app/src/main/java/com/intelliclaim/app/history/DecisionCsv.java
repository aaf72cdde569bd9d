package com.intelliclaim.app.history;

import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.DecisionRecord;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decisions as CSV (RFC 4180): a header row, one row per decision, CRLF line ends, every field quoted with inner
 * quotes doubled. Free-text fields that a spreadsheet would run as a formula (=, +, -, @) get a leading apostrophe.
 */
final class DecisionCsv {
    static final List<String> HEADER = List.of("id", "created_at", "decision", "amount", "amount_up_to", "currency",
            "confidence", "decided_by", "analyst", "question", "documents", "justification", "supersedes",
            "overridden_by", "override_reason", "notes");

    private DecisionCsv() {
    }

    /** @param overriddenBy the id of the record overriding each overridden record, by overridden id */
    static String of(List<DecisionRecord> records, Map<String, String> overriddenBy) {
        StringBuilder out = new StringBuilder();
        line(out, HEADER);
        for (DecisionRecord r : records) {
            line(out, List.of(r.id(), r.createdAt().toString(), r.decision().name(), plain(r.amount()),
                    Boolean.toString(r.amountUpTo()), text(r.currency(), Function.identity()),
                    Double.toString(r.confidence()), r.decidedBy(), safe(r.analyst()), safe(r.query()),
                    safe(r.citations().stream().map(Citation::documentName).distinct().collect(Collectors.joining("; "))),
                    safe(r.justification()), text(r.supersedes(), Function.identity()),
                    text(overriddenBy.get(r.id()), Function.identity()),
                    r.override() == null ? "" : safe(r.override().reason()),
                    safe(r.notes().stream().map(n -> n.by() + ": " + n.text()).collect(Collectors.joining("; ")))));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        out.append(fields.stream().map(f -> "\"" + Objects.toString(f, "").replace("\"", "\"\"") + "\"")
                .collect(Collectors.joining(","))).append("\r\n");
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? "" : amount.toPlainString();
    }

    private static String text(String value, Function<String, String> f) {
        return value == null ? "" : f.apply(value);
    }

    private static String safe(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
