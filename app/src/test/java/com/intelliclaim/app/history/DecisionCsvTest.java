package com.intelliclaim.app.history;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** CSV fields: always quoted, quotes doubled, line breaks kept inside the quotes, formulas defused. */
class DecisionCsvTest {
    private static DecisionRecord asked(String query) {
        return new DecisionRecord("id-1", query, Outcome.APPROVED, new BigDecimal("20000"), true, "INR", "Clause 4.2",
                0.9, List.of(), ClaimFacts.NONE, List.of(), "rules", null, List.of(), List.of(),
                Instant.parse("2026-11-29T03:00:00Z"), "asha", null, null, List.of());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "knee surgery, Pune          | \"knee surgery, Pune\"",
        "a \"senior\" woman          | \"a \"\"senior\"\" woman\"",
        "=HYPERLINK(\"x\")           | \"'=HYPERLINK(\"\"x\"\")\"",
        "-5 days in hospital         | \"'-5 days in hospital\""})
    void quotesTheQuestion(String query, String field) {
        String row = DecisionCsv.of(List.of(asked(query)), Map.of()).lines().toList().get(1);
        assertThat(row).startsWith("\"id-1\",\"2026-11-29T03:00:00Z\",\"APPROVED\",\"20000\",\"true\",\"INR\"")
                .contains("," + field + ",");
    }

    @Test
    void keepsLineBreaksInsideTheQuotes() {
        String csv = DecisionCsv.of(List.of(asked("first line\nsecond line")), Map.of());
        assertThat(csv).contains("\"first line\nsecond line\"");
    }
}
