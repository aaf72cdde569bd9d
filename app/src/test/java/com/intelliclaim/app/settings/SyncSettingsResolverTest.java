package com.intelliclaim.app.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.SyncSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One rule for the team backend's settings: options over environment over what Settings saved. */
class SyncSettingsResolverTest {
    @TempDir
    Path config;
    private final Map<String, String> env = new HashMap<>();

    private SyncSettingsResolver resolver() {
        return new SyncSettingsResolver(env::get, new SettingsStore(config), new EncryptedFileSecretStore(config));
    }

    private void save(BackendSettings backend, String password) throws Exception {
        Settings d = Settings.defaults();
        new SettingsStore(config).save(new Settings(d.provider(), d.baseUrl(), d.models(), null, d.theme(),
                d.passages(), "Asha", backend, d.embeddingModel()));
        new EncryptedFileSecretStore(config).save(BackendSettings.PASSWORD_SECRET, password);
    }

    private static BackendSettings saved() {
        return new BackendSettings("saved-bucket", "http://127.0.0.1:9000", true, "", "ap-south-1",
                "jdbc:postgresql://saved-db:5432/team", "verify-full", "", "saved-user", DatabaseAuth.PASSWORD, "",
                120);
    }

    @Test
    void savedSettingsAloneMakeTheSyncSettingsWithTheDecryptedPassword() throws Exception {
        save(saved(), "pw-saved");
        SyncValues values = resolver().resolve(SyncValues.NONE);
        SyncSettings settings = values.settings(2);

        assertThat(settings.s3().bucket()).isEqualTo("saved-bucket");
        assertThat(settings.s3().endpoint()).isEqualTo(URI.create("http://127.0.0.1:9000"));
        assertThat(settings.s3().pathStyle()).isTrue();
        assertThat(settings.database().jdbcUrl()).isEqualTo("jdbc:postgresql://saved-db:5432/team?sslmode=verify-full");
        assertThat(settings.database().password()).isEqualTo("pw-saved");
        assertThat(settings.analyst()).isEqualTo("Asha");
        assertThat(settings.attempts()).isEqualTo(2);
        assertThat(values.interval()).isEqualTo(Duration.ofSeconds(120));
        assertThat(Files.readString(config.resolve("settings.properties"))).doesNotContain("pw-saved");
        assertThat(Files.readString(config.resolve("secrets.properties"))).doesNotContain("pw-saved");
    }

    @Test
    void theEnvironmentComesBeforeSavedSettingsAndOptionsBeforeBoth() throws Exception {
        save(saved(), "pw-saved");
        env.put("INTELLICLAIM_S3_BUCKET", "env-bucket");
        env.put("INTELLICLAIM_DB_USER", "env-user");
        env.put("INTELLICLAIM_DB_PASSWORD", "pw-env");
        SyncValues options = new SyncValues(null, null, "false", null, null, null, null, null, "option-user", null,
                null, "Bala", null, null);

        SyncSettings settings = resolver().resolve(options).settings(1);

        assertThat(settings.s3().bucket()).isEqualTo("env-bucket");
        assertThat(settings.s3().pathStyle()).isFalse();
        assertThat(settings.s3().region()).isEqualTo("ap-south-1");
        assertThat(settings.database().user()).isEqualTo("option-user");
        assertThat(settings.database().password()).isEqualTo("pw-env");
        assertThat(settings.analyst()).isEqualTo("Bala");
    }

    @Test
    void theWindowLayersTheSameWayOverTheValuesItKeeps() {
        env.put("AWS_REGION", "eu-west-1");
        SyncValues kept = saved().values("pw", "Asha");
        SyncValues values = resolver().resolve(SyncValues.NONE, kept);
        assertThat(values.region()).isEqualTo("eu-west-1");
        assertThat(values.bucket()).isEqualTo("saved-bucket");
        assertThat(values.password()).isEqualTo("pw");
    }

    private static BackendSettings savedWithSecret() {
        BackendSettings b = saved();
        return new BackendSettings(b.bucket(), b.endpoint(), b.pathStyle(), b.kmsKeyId(), b.region(), b.jdbcUrl(),
                b.sslMode(), b.rootCertificate(), "", b.auth(), "rds!db-saved", b.intervalSeconds());
    }

    @Test
    void aSavedSecretSignsInAndAnOptionOrVariableReplacesItAsOneChoiceWithThePassword() throws Exception {
        save(savedWithSecret(), "");
        assertThat(resolver().resolve(SyncValues.NONE).settings(1).database())
                .satisfies(d -> assertThat(d.secretId()).isEqualTo("rds!db-saved"))
                .satisfies(d -> assertThat(d.password()).isNull());

        env.put("INTELLICLAIM_DB_USER", "env-user");
        env.put("INTELLICLAIM_DB_PASSWORD", "pw-env");
        assertThat(resolver().resolve(SyncValues.NONE).settings(1).database())
                .satisfies(d -> assertThat(d.secretId()).isNull())
                .satisfies(d -> assertThat(d.password()).isEqualTo("pw-env"));
        SyncValues kept = savedWithSecret().values(null, "Asha");
        assertThat(resolver().resolve(SyncValues.NONE, kept).settings(1).database().password()).isEqualTo("pw-env");

        env.remove("INTELLICLAIM_DB_PASSWORD");
        env.put("INTELLICLAIM_DB_SECRET_ID", "rds!db-env");
        assertThat(resolver().resolve(SyncValues.NONE).settings(1).database().secretId()).isEqualTo("rds!db-env");
    }

    @Test
    void aSecretFromTheEnvironmentReplacesTheSavedPasswordInTheWindowToo() throws Exception {
        save(saved(), "pw-saved");
        env.put("INTELLICLAIM_DB_SECRET_ID", "rds!db-env");
        SyncValues kept = saved().values("pw-saved", "Asha");

        for (SyncValues values : java.util.List.of(resolver().resolve(SyncValues.NONE),
                resolver().resolve(SyncValues.NONE, kept))) {
            assertThat(values.password()).isNull();
            assertThat(values.settings(1).database().secretId()).isEqualTo("rds!db-env");
            assertThat(values.settings(1).database().user()).isEqualTo("saved-user");
        }
    }

    @Test
    void nothingSavedOrGivenIsNotConfiguredAndSaysWhatIsMissing() {
        SyncValues values = resolver().resolve(SyncValues.NONE);
        assertThat(values.configured()).isFalse();
        assertThatThrownBy(() -> values.settings(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("No S3 bucket is set").hasMessageContaining("Settings");
    }

    @Test
    void iamSignInNeedsNoPasswordAndAWrongChoiceIsNamed() {
        SyncValues iam = new SyncValues("b-1", null, null, null, "us-east-1", "jdbc:postgresql://db/team", null, null,
                "u", "iam", null, null, null, null);
        assertThat(iam.settings(1).database().auth()).isEqualTo(DatabaseAuth.IAM);
        SyncValues wrong = new SyncValues("b-1", null, "maybe", null, "us-east-1", "jdbc:postgresql://db/team", null,
                null, "u", "kerberos", "pw", null, null, null);
        assertThatThrownBy(() -> wrong.settings(1)).hasMessageContaining("password or iam, not \"kerberos\"");
        SyncValues pathStyle = new SyncValues("b-1", null, "maybe", null, "us-east-1", "jdbc:postgresql://db/team",
                null, null, "u", null, "pw", null, null, null);
        assertThatThrownBy(() -> pathStyle.settings(1)).hasMessageContaining("true or false, not \"maybe\"");
    }
}
