package com.intelliclaim.app.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ProductVersionTest {
    @ParameterizedTest(name = "{0} built {1} -> {2}")
    @CsvSource(nullValues = "null", delimiter = ';', value = {
        "1.2.0;            2026-11-29 08:50 UTC;   1.2.0",
        "1.2.0;            null;                   1.2.0",
        "0.1.0-SNAPSHOT;   2026-11-29 08:50 UTC;   0.1.0 (development build 2026-11-29 08:50 UTC)",
        "0.1.0-SNAPSHOT;   null;                   0.1.0 (development build)",
        "0.1.0-SNAPSHOT;   ' ';                    0.1.0 (development build)",
        "null;             2026-11-29 08:50 UTC;   development",
        "' ';              null;                   development",
    })
    void showsThePomVersionWithoutSnapshotAndMarksDevelopmentBuilds(String maven, String built, String shown) {
        assertThat(ProductVersion.describe(maven, built)).isEqualTo(shown);
    }
}
