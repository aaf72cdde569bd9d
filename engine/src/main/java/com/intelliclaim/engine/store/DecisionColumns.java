package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DecisionRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.function.Function;

/**
 * The columns a decision row has in the local and in the team database alike, and a record's values for them: the
 * one place that knows their order. Each database adds its own columns after these (the local one the override, the
 * team one who pushed the row). Holds no state.
 */
public final class DecisionColumns {
    /** The shared columns, in the order {@link #bind} fills parameters 1 to {@link #COUNT}. */
    public static final String NAMES = "id, query, decision, amount, amount_up_to, currency, justification,"
            + " confidence, decided_by, analyst, created_at, supersedes, facts, citations, conditions, versions,"
            + " document_hashes, audit_trail, passages, case_id";
    /** How many parameters {@link #bind} fills; a database's own columns start at {@code COUNT + 1}. */
    public static final int COUNT = 20;
    /** The parameters that hold JSON parts: facts (13) to passages (19). */
    private static final int FIRST_JSON = 13;
    private static final int JSON_PARTS = 7;

    private DecisionColumns() {
    }

    /**
     * The placeholders of the shared columns, in order, each JSON part written as {@code json} (a plain {@code ?}, or a
     * cast such as {@code CAST(? AS jsonb)} for a database that types them).
     */
    public static String placeholders(String json) {
        return String.join(", ", Collections.nCopies(FIRST_JSON - 1, "?")) + ", "
                + String.join(", ", Collections.nCopies(JSON_PARTS, json)) + ", ?";
    }

    /**
     * Binds {@code r} to parameters 1 to {@link #COUNT} of {@code statement}: the amount as stored
     * ({@link Amounts#canonical}), the parts as {@link DecisionJson}, the creation time as {@code utc} turns it
     * into the database's time (each database keeps its own precision).
     */
    public static void bind(PreparedStatement statement, DecisionRecord r, Function<Instant, OffsetDateTime> utc)
            throws SQLException {
        statement.setString(1, r.id());
        statement.setString(2, r.query());
        statement.setString(3, r.decision().name());
        statement.setBigDecimal(4, Amounts.canonical(r.amount()));
        statement.setBoolean(5, r.amountUpTo());
        statement.setString(6, r.currency());
        statement.setString(7, r.justification());
        statement.setDouble(8, r.confidence());
        statement.setString(9, r.decidedBy());
        statement.setString(10, r.analyst());
        statement.setObject(11, utc.apply(r.createdAt()));
        statement.setString(12, r.supersedes());
        statement.setString(13, DecisionJson.write(r.facts()));
        statement.setString(14, DecisionJson.write(r.citations()));
        statement.setString(15, DecisionJson.write(r.conditions()));
        statement.setString(16, DecisionJson.write(r.versions()));
        statement.setString(17, DecisionJson.write(r.documentHashes()));
        statement.setString(18, DecisionJson.write(r.auditTrail()));
        statement.setString(19, DecisionJson.write(r.passages()));
        statement.setString(20, r.caseId());
    }
}
