package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Settings refuse what cannot work, naming the option or variable to set; object keys are built from hashes only. */
class SettingsTest {
    private static final String URL = "jdbc:postgresql://db.example:5432/team";

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of((Supplier<Object>) () -> S3Settings.of(" ", null, false, "eu-west-1", null),
                        "INTELLICLAIM_S3_BUCKET"),
                Arguments.of((Supplier<Object>) () -> S3Settings.of("b", null, false, null, null), "AWS_REGION"),
                Arguments.of((Supplier<Object>) () -> S3Settings.of("b", null, false, "r", null)
                        .withParts(S3Settings.MIN_PART, 1024), "at least 5 MiB"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings("jdbc:mysql://x/db", "u", "p",
                        DatabaseAuth.PASSWORD, null), "jdbc:postgresql://"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings(URL, "", "p", DatabaseAuth.PASSWORD,
                        null), "INTELLICLAIM_DB_USER"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings(URL, "u", null, DatabaseAuth.PASSWORD,
                        null), "INTELLICLAIM_DB_PASSWORD"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings(URL, "u", null, DatabaseAuth.IAM, null),
                        "AWS_REGION"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings(URL, "u", "p", DatabaseAuth.PASSWORD,
                        "eu-west-1", "rds!db-1"), "give either it or a password, not both"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings(URL, "u", null, DatabaseAuth.IAM,
                        "eu-west-1", "rds!db-1"), "give either it or IAM authentication, not both"),
                Arguments.of((Supplier<Object>) () -> new DatabaseSettings(URL, null, null, DatabaseAuth.PASSWORD,
                        null, "rds!db-1"), "Reading the database secret needs a region"),
                Arguments.of((Supplier<Object>) () -> S3DocumentObjects.key("../../etc/passwd"), "Not a SHA-256"),
                Arguments.of((Supplier<Object>) () -> S3DocumentObjects.key("A".repeat(64)), "Not a SHA-256"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badSettings")
    void refusesWithAPlainReason(Supplier<Object> building, String named) {
        assertThatThrownBy(building::get).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(named);
    }

    @Test
    void theKeyIsThePrefixAndTheHash() {
        String sha = "ab".repeat(32);
        assertThat(S3DocumentObjects.key(sha)).isEqualTo("documents/sha256/" + sha);
    }

    @Test
    void aSecretGivesTheUserWhenNoneIsSetAndTheUrlsTlsSettingsCanBeRead() {
        DatabaseSettings settings = new DatabaseSettings(URL + "?sslmode=verify-full&sslrootcert=%2Fetc%2Frds.pem",
                null, null, null, "eu-west-1", " rds!db-1 ");
        assertThat(settings.secretId()).isEqualTo("rds!db-1");
        assertThat(settings.auth()).isEqualTo(DatabaseAuth.PASSWORD);
        assertThat(settings.describe()).isEqualTo(URL + " as the user of secret rds!db-1");
        assertThat(settings.urlParameter("sslmode")).isEqualTo("verify-full");
        assertThat(settings.urlParameter("sslrootcert")).isEqualTo("/etc/rds.pem");
        assertThat(settings.urlParameter("ssl")).isNull();
    }

    @Test
    void theDescriptionNeverShowsThePassword() {
        DatabaseSettings settings = new DatabaseSettings(URL + "?sslmode=verify-full", "analyst", "s3cret",
                DatabaseAuth.PASSWORD, null);
        assertThat(settings.describe()).isEqualTo(URL + " as analyst");
        assertThat(settings.toString()).doesNotContain("s3cret");
    }
}
