package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code bench search} end to end on a small synthetic folder, with and without the scan comparison. */
class BenchSearchCliTest {
    private static final String SCAN_PROPERTY = "intelliclaim.vectorScan";

    @Test
    void comparesTheShortlistScanWithTheFloatScanInOneRun() {
        CliRun run = CliRun.of("bench", "search", "--chunks", "300", "--queries", "5", "--compare-scan", "2");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Hybrid search over 300 chunks (5 queries, top 10")
                .contains(SCAN_PROPERTY + "=exact")
                .contains("Vector scan comparison over 300 chunks (2 rounds, alternating)")
                .containsPattern("round 2: int8\\+rescore / floats only: p50 [0-9.]+ / [0-9.]+ ms \\([0-9.]+\\),"
                        + " p95 [0-9.]+ / [0-9.]+ ms \\([0-9.]+\\)");
        assertThat(System.getProperty(SCAN_PROPERTY)).as("the switch is put back").isNull();
    }

    @Test
    void withoutTheComparisonTimesTheDefaultScanOnly() {
        CliRun run = CliRun.of("bench", "search", "--chunks", "200", "--queries", "3");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("p50 [0-9.]+ ms +p95 [0-9.]+ ms +max [0-9.]+ ms")
                .doesNotContain(SCAN_PROPERTY).doesNotContain("Vector scan comparison");
    }
}
