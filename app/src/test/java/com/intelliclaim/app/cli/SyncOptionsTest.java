package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.SyncSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The backend options as the analyst gives them, with the environment a test's own. */
class SyncOptionsTest {
    private static final String[] BACKEND = {"--s3-bucket", "team", "--region", "eu-west-1",
        "--jdbc-url", "jdbc:postgresql://db.example:5432/team?sslmode=verify-full&sslrootcert=/etc/rds.pem"};

    private static SyncOptions parse(String... more) {
        SyncDoctorCommand command = new SyncDoctorCommand();
        String[] args = new String[BACKEND.length + more.length];
        System.arraycopy(BACKEND, 0, args, 0, BACKEND.length);
        System.arraycopy(more, 0, args, BACKEND.length, more.length);
        new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true).parseArgs(args);
        return command.backend;
    }

    @Test
    void aSecretIdSignsInWithTheSecretsLogin() {
        SyncSettings settings = parse("--db-secret-id", "rds!db-1234").settings(Map.<String, String>of()::get);
        assertThat(settings.database().secretId()).isEqualTo("rds!db-1234");
        assertThat(settings.database().auth()).isEqualTo(DatabaseAuth.PASSWORD);
        assertThat(settings.database().password()).isNull();
        assertThat(settings.database().urlParameter("sslrootcert")).isEqualTo("/etc/rds.pem");
    }

    @Test
    void theTlsOptionsSetTheUrlsParameters() throws Exception {
        java.nio.file.Path root = java.nio.file.Files.createTempFile("global-bundle", ".pem");
        SyncSettings settings = parse("--db-user", "asha", "--db-sslmode", "verify-ca", "--db-sslrootcert",
                root.toString()).settings(Map.of("INTELLICLAIM_DB_PASSWORD", "pw")::get);
        assertThat(settings.database().urlParameter("sslmode")).isEqualTo("verify-ca");
        assertThat(settings.database().urlParameter("sslrootcert")).isEqualTo(root.toAbsolutePath().toString());
        assertThat(settings.database().jdbcUrl()).startsWith("jdbc:postgresql://db.example:5432/team?");
        assertThatThrownBy(() -> parse("--db-user", "asha", "--db-sslmode", "on")
                .settings(Map.of("INTELLICLAIM_DB_PASSWORD", "pw")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("verify-full, not on");
        java.nio.file.Files.delete(root);
    }

    @Test
    void aSecretAndAPasswordTogetherAreRefused() {
        SyncOptions options = parse("--db-user", "asha", "--db-secret-id", "rds!db-1234");
        assertThatThrownBy(() -> options.settings(Map.of("INTELLICLAIM_DB_PASSWORD", "pw")::get))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not both");
    }
}
