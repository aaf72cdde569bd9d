package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TLS settings reach the driver: a real PostgreSQL speaking TLS with a certificate for 127.0.0.1, checked with
 * {@code sslmode=verify-full} against the right root certificate and against another one.
 */
class DatabaseTlsTest {
    @TempDir
    static Path tmp;
    private static TestPostgres postgres;
    private static TestCertificates server;
    private static TestCertificates stranger;
    private static String jdbcUrl;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestCertificates.make(tmp, "server");
        stranger = TestCertificates.make(tmp, "stranger");
        postgres = TestPostgres.startWithTls(server.certificate(), server.key());
        jdbcUrl = postgres.newDatabase();
    }

    @AfterAll
    static void stopServer() throws Exception {
        postgres.close();
    }

    private List<DoctorCheck> databaseChecks(Path rootCertificate) {
        DatabaseSettings settings = postgres.settings(jdbcUrl).withTls("verify-full", rootCertificate);
        return new DatabaseChecks(settings, DatabaseSignIn.dataSource(settings, null, null)).run();
    }

    @Test
    void verifyFullWithTheServersRootSignsInOverTls() {
        List<DoctorCheck> checks = databaseChecks(server.certificate());

        assertThat(checks.get(0).passed()).as(checks.get(0).detail()).isTrue();
        assertThat(checks.get(0).detail()).containsPattern("over TLS \\(TLSv1\\.[23]\\)")
                .contains("(sslmode=verify-full)");
        assertThat(checks.get(1).passed()).isTrue();
    }

    @Test
    void verifyFullWithAnotherRootIsRefusedAndSaysWhatToCheck() {
        List<DoctorCheck> checks = databaseChecks(stranger.certificate());

        assertThat(checks.get(0).passed()).isFalse();
        assertThat(checks.get(0).detail()).contains("could not be reached over TLS", "sslrootcert");
        assertThat(checks.get(1).detail()).contains("Not tried");
    }
}
