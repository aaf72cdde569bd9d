package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.DecisionRecord;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionColumnsTest {

    @Test
    void theJsonPlaceholdersStandAtTheJsonColumns() {
        List<String> names = List.of(DecisionColumns.NAMES.split(", "));
        List<String> placeholders = List.of(DecisionColumns.placeholders("J").split(", "));

        assertThat(names).hasSize(DecisionColumns.COUNT).doesNotHaveDuplicates();
        assertThat(placeholders).hasSize(DecisionColumns.COUNT);
        assertThat(names.subList(names.indexOf("facts"), names.indexOf("passages") + 1))
                .containsExactly("facts", "citations", "conditions", "versions", "document_hashes", "audit_trail",
                        "passages");
        for (int i = 0; i < names.size(); i++) {
            boolean json = i >= names.indexOf("facts") && i <= names.indexOf("passages");
            assertThat(placeholders.get(i)).as(names.get(i)).isEqualTo(json ? "J" : "?");
        }
    }

    @Test
    void bindsEachColumnToItsValue() throws SQLException {
        DecisionRecord record = DecisionFixtures.record("d-1", 0).withNotes(List.of());
        record = new DecisionRecord(record.id(), record.query(), record.decision(), new BigDecimal("15000.005"),
                record.amountUpTo(), record.currency(), record.justification(), record.confidence(),
                record.citations(), record.facts(), record.conditions(), record.decidedBy(), record.versions(),
                record.documentHashes(), record.auditTrail(), record.createdAt(), record.analyst(), null, "d-0",
                List.of(), record.passages(), "case-7");

        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:decision-columns")) {
            try (Statement create = c.createStatement()) {
                create.execute("CREATE TABLE decisions (id VARCHAR, query VARCHAR, decision VARCHAR,"
                        + " amount NUMERIC(20, 2), amount_up_to BOOLEAN, currency VARCHAR, justification VARCHAR,"
                        + " confidence DOUBLE PRECISION, decided_by VARCHAR, analyst VARCHAR,"
                        + " created_at TIMESTAMP(9) WITH TIME ZONE, supersedes VARCHAR, facts VARCHAR,"
                        + " citations VARCHAR, conditions VARCHAR, versions VARCHAR, document_hashes VARCHAR,"
                        + " audit_trail VARCHAR, passages VARCHAR, case_id VARCHAR)");
            }
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO decisions (" + DecisionColumns.NAMES
                    + ") VALUES (" + DecisionColumns.placeholders("?") + ")")) {
                DecisionColumns.bind(insert, record, at -> at.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            try (Statement select = c.createStatement();
                    ResultSet row = select.executeQuery("SELECT " + DecisionColumns.NAMES + " FROM decisions")) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("id")).isEqualTo("d-1");
                assertThat(row.getString("query")).isEqualTo(record.query());
                assertThat(row.getString("decision")).isEqualTo("REJECTED");
                assertThat(row.getBigDecimal("amount")).isEqualByComparingTo("15000.01");
                assertThat(row.getBoolean("amount_up_to")).isTrue();
                assertThat(row.getString("currency")).isEqualTo("INR");
                assertThat(row.getString("justification")).isEqualTo(record.justification());
                assertThat(row.getDouble("confidence")).isEqualTo(0.8);
                assertThat(row.getString("decided_by")).isEqualTo("rules");
                assertThat(row.getString("analyst")).isEqualTo("asha");
                assertThat(row.getObject("created_at", OffsetDateTime.class).toInstant())
                        .isEqualTo(DecisionFixtures.T0.truncatedTo(ChronoUnit.SECONDS));
                assertThat(row.getString("supersedes")).isEqualTo("d-0");
                assertThat(row.getString("facts")).isEqualTo(DecisionJson.write(record.facts()));
                assertThat(row.getString("citations")).isEqualTo(DecisionJson.write(record.citations()));
                assertThat(row.getString("conditions")).isEqualTo(DecisionJson.write(record.conditions()));
                assertThat(row.getString("versions")).isEqualTo(DecisionJson.write(record.versions()));
                assertThat(row.getString("document_hashes")).isEqualTo(DecisionJson.write(record.documentHashes()));
                assertThat(row.getString("audit_trail")).isEqualTo(DecisionJson.write(record.auditTrail()));
                assertThat(row.getString("passages")).isEqualTo(DecisionJson.write(record.passages()));
                assertThat(row.getString("case_id")).isEqualTo("case-7");
            }
        }
    }
}
