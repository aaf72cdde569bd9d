package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awssdk.core.exception.SdkClientException;

/**
 * {@code sync doctor} against a real S3 API server (s3proxy) and a real PostgreSQL: every check runs, the failing ones
 * name what is wrong, the others still pass.
 */
class SyncDoctorTest {
    private static final List<String> NAMES = List.of("AWS credentials", "Bucket reachable", "Bucket writable",
            "Default encryption", "Database reachable", "Signed in", "Schema migrated", "pgvector");
    private static final int CLOSED_PORT = TestBackend.closedPort();

    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    private void migrate() {
        PostgresBackend.open(backend.databaseSettings(), (IamTokens) null).close();
    }

    private SyncSettings settings(S3Settings s3Settings, DatabaseSettings database) {
        return new SyncSettings(s3Settings, database, TestS3.credentials(), "asha", 1,
                new Backoff(Duration.ofMillis(1), Duration.ofMillis(1), new Random(1)));
    }

    private static Map<String, DoctorCheck> byName(DoctorReport report) {
        return report.checks().stream().collect(Collectors.toMap(DoctorCheck::name, Function.identity()));
    }

    @Test
    void aGoodConfigurationPassesEveryCheckAndLeavesNoProbeBehind() {
        migrate();
        DoctorReport report = new SyncDoctor(settings(backend.s3Settings(), backend.databaseSettings())).run();

        assertThat(report.checks()).extracting(DoctorCheck::name).containsExactlyElementsOf(NAMES);
        assertThat(report.checks()).allSatisfy(c -> assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue());
        assertThat(report.passed()).isTrue();
        Map<String, DoctorCheck> checks = byName(report);
        assertThat(checks.get("Bucket writable").detail()).contains("read back with the right SHA-256", "deleted");
        // s3proxy answers GetBucketEncryption as a listing (no rule): the doctor says so instead of failing.
        assertThat(checks.get("Default encryption").detail()).contains("could not be read", "named no encryption rule",
                "SSE-S3");
        assertThat(checks.get("Database reachable").detail()).contains("without TLS");
        assertThat(checks.get("Schema migrated").detail()).contains("nothing pending");
        assertThat(checks.get("pgvector").detail()).contains("Not on this server");
        assertThat(backend.objectExists("documents/sha256/" + BucketChecks.PROBE_SHA256)).isFalse();
    }

    /** A case: what is wrong, and which checks fail with what words; every other check passes. */
    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("wrong bucket", (Fault) (t, url) -> t.settings(t.s3Settings("no-such-bucket"),
                                t.database(url, TestPostgres.PASSWORD)),
                        Map.of("Bucket reachable", "The bucket no-such-bucket does not exist",
                                "Bucket writable", "no-such-bucket",
                                "Default encryption", "Could not be read")),
                Arguments.of("wrong password", (Fault) (t, url) -> t.settings(t.s3Settings(),
                                t.database(url, "not-the-password")),
                        Map.of("Signed in", "refused analyst with the password",
                                "Schema migrated", "Not checked")),
                Arguments.of("database down", (Fault) (t, url) -> t.settings(t.s3Settings(),
                                t.database("jdbc:postgresql://127.0.0.1:" + CLOSED_PORT + "/team",
                                        TestPostgres.PASSWORD)),
                        Map.of("Database reachable", "could not be reached: check the host and port",
                                "Signed in", "Not tried", "Schema migrated", "Not checked")),
                Arguments.of("no AWS credentials", (Fault) (t, url) -> new SyncSettings(t.s3Settings(),
                                t.database(url, TestPostgres.PASSWORD), () -> {
                                    throw SdkClientException.create("Unable to load credentials from any provider");
                                }, "asha", 1, null),
                        Map.of("AWS credentials", "aws sso login", "Bucket reachable", "could not be reached",
                                "Bucket writable", "could not be reached", "Default encryption",
                                "could not be reached")));
    }

    @FunctionalInterface
    interface Fault {
        SyncSettings settings(SyncDoctorTest test, String jdbcUrl);
    }

    S3Settings s3Settings(String bucket) {
        return backend.s3().settings(bucket);
    }

    S3Settings s3Settings() {
        return backend.s3Settings();
    }

    DatabaseSettings database(String url, String password) {
        return new DatabaseSettings(url, TestPostgres.USER, password, DatabaseAuth.PASSWORD, TestS3.REGION);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void eachFaultFailsItsOwnChecksAndNoOthers(String fault, Fault settings, Map<String, String> failing) {
        migrate();
        DoctorReport report = new SyncDoctor(settings.settings(this, backend.jdbcUrl())).run();

        assertThat(report.passed()).isFalse();
        assertThat(report.checks()).extracting(DoctorCheck::name).containsExactlyElementsOf(NAMES);
        for (DoctorCheck check : report.checks()) {
            String words = failing.get(check.name());
            if (words == null) {
                assertThat(check.passed()).as(check.name() + ": " + check.detail()).isTrue();
            } else {
                assertThat(check.passed()).as(check.name() + ": " + check.detail()).isFalse();
                assertThat(check.detail()).as(check.name()).contains(words);
            }
        }
    }

    @Test
    void theAnalystsPolicyLetsTheDoctorDeleteItsProbeAndNothingElse() throws Exception {
        String policy = Files.readString(Path.of("..", "packaging", "aws", "analyst-policy.json"));
        assertThat(policy).contains("\"s3:DeleteObject\"")
                .contains("arn:aws:s3:::BUCKET_NAME/documents/sha256/" + BucketChecks.PROBE_SHA256 + "\"")
                .contains("s3:GetEncryptionConfiguration");
    }

    @Test
    void anUnmigratedSchemaNamesTheMigrationsWaiting() throws Exception {
        DoctorReport report = new SyncDoctor(settings(backend.s3Settings(), backend.databaseSettings())).run();

        DoctorCheck schema = byName(report).get("Schema migrated");
        assertThat(schema.passed()).isFalse();
        assertThat(schema.detail()).contains("The schema is empty", "V1", "sync --once");
        assertThat(report.checks()).filteredOn(c -> !c.name().equals("Schema migrated"))
                .allSatisfy(c -> assertThat(c.passed()).as(c.name() + ": " + c.detail()).isTrue());
        assertThat(backend.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"))
                .as("the doctor migrates nothing").isZero();
    }
}
