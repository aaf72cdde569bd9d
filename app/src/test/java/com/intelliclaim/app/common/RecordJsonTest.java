package com.intelliclaim.app.common;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecordJsonTest {
    record Row(BigDecimal amount, Instant at, LocalDate on) {
    }

    @Test
    void writesRecordsPrettyWithPlainDecimalsAndIsoTimes() throws Exception {
        Row row = new Row(new BigDecimal("2E+5"), Instant.parse("2025-06-01T09:30:15Z"), LocalDate.of(2025, 5, 20));

        String json = RecordJson.write(row);

        assertThat(json).contains("\"amount\" : 200000", "\"at\" : \"2025-06-01T09:30:15Z\"",
                "\"on\" : \"2025-05-20\"").contains(System.lineSeparator());
        assertThat(RecordJson.MAPPER.readValue(json, Row.class).amount()).isEqualByComparingTo("200000");
    }
}
