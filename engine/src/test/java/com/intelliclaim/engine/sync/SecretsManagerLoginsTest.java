package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The database password from AWS Secrets Manager, against moto's implementation of its API on 127.0.0.1 (reached
 * through the SDK's own endpoint setting, {@code aws.endpointUrlSecretsManager}, as {@code
 * AWS_ENDPOINT_URL_SECRETS_MANAGER} would) and a real PostgreSQL whose password is rotated under the app.
 */
class SecretsManagerLoginsTest {
    private static final String ENDPOINT_PROPERTY = "aws.endpointUrlSecretsManager";
    /** Its own servers: the tests change the analysts' role's password, which every database of a server sees. */
    @RegisterExtension
    static final TestBackend backend = TestBackend.own();
    private static TestMoto moto;
    private static SecretsManagerClient admin;
    private static int secrets;
    private String secretId;

    @BeforeAll
    static void startServers() throws Exception {
        var executable = TestMoto.executable();
        Assumptions.assumeTrue(executable.isPresent(), "moto_server is not installed");
        moto = TestMoto.start(executable.get(), Files.createTempFile("moto", ".log"));
        System.setProperty(ENDPOINT_PROPERTY, moto.endpoint().toString());
        admin = moto.client();
    }

    @AfterAll
    static void stopServers() throws Exception {
        System.clearProperty(ENDPOINT_PROPERTY);
        if (admin != null) {
            admin.close();
        }
        if (moto != null) {
            moto.close();
        }
    }

    @BeforeEach
    void secretOfTheCurrentPassword() throws Exception {
        secretId = "rds!db-team-" + (++secrets);
        backend.postgres().setPassword(TestPostgres.USER, "first-password");
        admin.createSecret(b -> b.name(secretId).secretString(login("first-password")));
    }

    private static String login(String password) {
        return "{\"engine\":\"postgres\",\"username\":\"" + TestPostgres.USER + "\",\"password\":\"" + password + "\"}";
    }

    private DatabaseSettings settings() {
        return new DatabaseSettings(backend.jdbcUrl(), null, null, DatabaseAuth.PASSWORD, TestS3.REGION, secretId);
    }

    private DataSource dataSource() {
        return DatabaseSignIn.dataSource(settings(), null,
                SecretsManagerLogins.of(secretId, TestS3.REGION, TestS3.credentials()));
    }

    private static String user(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData().getUserName();
        }
    }

    @Test
    void signsInWithTheSecretsLoginAndReadsItAgainAfterARotation() throws Exception {
        DataSource dataSource = dataSource();
        assertThat(user(dataSource)).isEqualTo(TestPostgres.USER);

        // Rotation: the database and the secret get a new password; the app still keeps the old one.
        backend.postgres().setPassword(TestPostgres.USER, "second-password");
        admin.putSecretValue(b -> b.secretId(secretId).secretString(login("second-password")));

        assertThat(user(dataSource)).as("refused with the kept password, then signed in with the new one")
                .isEqualTo(TestPostgres.USER);
    }

    @Test
    void aPasswordTheSecretDoesNotHoldIsRefusedAfterOneNewRead() throws Exception {
        DataSource dataSource = dataSource();
        assertThat(user(dataSource)).isEqualTo(TestPostgres.USER);
        backend.postgres().setPassword(TestPostgres.USER, "changed-but-not-in-the-secret");

        assertThatThrownBy(() -> user(dataSource)).isInstanceOfSatisfying(SQLException.class,
                e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
    }

    @Test
    void aMissingSecretIsNamed() {
        DataSource dataSource = DatabaseSignIn.dataSource(settings(), null,
                SecretsManagerLogins.of("no-such-secret", TestS3.REGION, TestS3.credentials()));

        assertThatThrownBy(() -> user(dataSource)).isInstanceOfSatisfying(SyncException.class, e -> {
            assertThat(e.getMessage()).contains("The secret no-such-secret does not exist in " + TestS3.REGION);
            assertThat(e.retryable()).isFalse();
        });
    }

    @Test
    void aSyncPassWithAMissingSecretSaysSoAndDoesNotRetry() {
        DatabaseSettings missing = new DatabaseSettings(backend.jdbcUrl(), null, null, DatabaseAuth.PASSWORD,
                TestS3.REGION, "no-such-secret");
        SyncSettings sync = new SyncSettings(TestS3.settingsFor("unused-bucket"), missing, TestS3.credentials(),
                "asha", 1, null);

        assertThatThrownBy(() -> PostgresBackend.open(missing, DatabaseSignIn.dataSource(sync)).close())
                .isInstanceOfSatisfying(SyncException.class, e -> {
                    assertThat(e.getMessage()).contains("The secret no-such-secret does not exist");
                    assertThat(e.retryable()).isFalse();
                });
    }

    @Test
    void theTeamBackendOpensAndTheDoctorSignsInWithTheSecret() throws Exception {
        SyncSettings sync = new SyncSettings(TestS3.settingsFor("unused-bucket"), settings(), TestS3.credentials(),
                "asha", 1, null);
        try (PostgresBackend opened = PostgresBackend.open(settings(), DatabaseSignIn.dataSource(sync))) {
            assertThat(opened.vectorSupport()).isNotNull();
        }
        Map<String, DoctorCheck> checks = new SyncDoctor(sync).run().checks().stream()
                .collect(Collectors.toMap(DoctorCheck::name, Function.identity()));
        assertThat(checks.get("Signed in").passed()).isTrue();
        assertThat(checks.get("Signed in").detail())
                .isEqualTo("Signed in as analyst with the login of secret " + secretId + ".");
        assertThat(checks.get("Schema migrated").passed()).isTrue();
    }
}
