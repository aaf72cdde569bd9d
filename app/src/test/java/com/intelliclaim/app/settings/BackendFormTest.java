package com.intelliclaim.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.sync.MotoSecrets;
import com.intelliclaim.app.sync.TeamServers;
import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.DoctorCheck;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The team-backend part of Settings with the real stores: validation, saving, the password kept encrypted. */
class BackendFormTest {
    @TempDir
    Path config;
    @TempDir
    Path data;

    private SettingsViewModel model() {
        return TestSettings.model(config, data);
    }

    private static void fill(BackendForm form) {
        form.bucketProperty().set("team-docs");
        form.endpointProperty().set("http://127.0.0.1:9000");
        form.pathStyleProperty().set(true);
        form.regionProperty().set("ap-south-1");
        form.jdbcUrlProperty().set("jdbc:postgresql://127.0.0.1:5432/team");
        form.sslModeProperty().set("require");
        form.dbUserProperty().set("analyst");
        form.passwordProperty().set("s3cret-pw");
        form.intervalProperty().set("90");
    }

    @Test
    void anEmptyBackendIsValidAndMeansSyncIsOff() {
        SettingsViewModel model = model();
        assertThat(model.backend().validProperty().get()).isTrue();
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.savedSyncValues().configured()).isFalse();
    }

    @Test
    void onceABucketIsEnteredEverythingSyncNeedsIsAskedFor() {
        SettingsViewModel model = model();
        BackendForm form = model.backend();
        form.bucketProperty().set("team-docs");

        assertThat(form.regionErrorProperty().get()).contains("Enter the AWS region");
        assertThat(form.jdbcUrlErrorProperty().get()).contains("Enter the team database's address");
        assertThat(form.dbUserErrorProperty().get()).contains("Enter the database user");
        assertThat(form.passwordErrorProperty().get()).contains("Enter the database password");
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.save()).isFalse();

        form.authProperty().set(DatabaseAuth.IAM);
        assertThat(form.passwordErrorProperty().get()).isEmpty();
        form.intervalProperty().set("2");
        assertThat(form.intervalErrorProperty().get()).contains("out of range");
    }

    @Test
    void savedBackendComesBackWithItsPasswordWhichIsNeverInPlainText() throws Exception {
        SettingsViewModel model = model();
        fill(model.backend());
        assertThat(model.validProperty().get()).isTrue();
        assertThat(model.save()).isTrue();

        String settingsFile = Files.readString(config.resolve("settings.properties"));
        assertThat(settingsFile).contains("sync.s3.bucket=team-docs").doesNotContain("s3cret-pw");
        assertThat(Files.readString(config.resolve("secrets.properties"))).doesNotContain("s3cret-pw");

        SettingsViewModel again = model();
        BackendForm form = again.backend();
        assertThat(form.bucketProperty().get()).isEqualTo("team-docs");
        assertThat(form.pathStyleProperty().get()).isTrue();
        assertThat(form.sslModeProperty().get()).isEqualTo("require");
        assertThat(form.passwordProperty().get()).isEqualTo("s3cret-pw");
        assertThat(form.intervalProperty().get()).isEqualTo("90");
        SyncValues values = again.savedSyncValues();
        assertThat(values.password()).isEqualTo("s3cret-pw");
        assertThat(values.settings(1).database().jdbcUrl()).endsWith("/team?sslmode=require");
        assertThat(again.keyProtection()).contains("encrypted");
    }

    @Test
    void switchingToIamSignInForgetsTheSavedPassword() throws Exception {
        SettingsViewModel model = model();
        fill(model.backend());
        model.save();
        model.backend().authProperty().set(DatabaseAuth.IAM);
        assertThat(model.save()).isTrue();

        assertThat(new EncryptedFileSecretStore(config).load(BackendSettings.PASSWORD_SECRET)).isEmpty();
        assertThat(model().backend().authProperty().get()).isEqualTo(DatabaseAuth.IAM);
    }

    /** The filled form, signing in with a secret instead of the password. */
    private static BackendForm withSecret(SettingsViewModel model) {
        BackendForm form = model.backend();
        fill(form);
        form.passwordProperty().set("");
        form.secretIdProperty().set(" rds!db-1a2b3c4d ");
        return form;
    }

    @Test
    void aSecretReplacesThePasswordAndTheUserAndIsSavedWithTheSettings() throws Exception {
        SettingsViewModel model = model();
        BackendForm form = withSecret(model);
        form.dbUserProperty().set("");
        assertThat(form.passwordErrorProperty().get()).isEmpty();
        assertThat(form.dbUserErrorProperty().get()).isEmpty();
        assertThat(form.secretIdErrorProperty().get()).isEmpty();
        assertThat(model.save()).isTrue();

        assertThat(Files.readString(config.resolve("settings.properties")))
                .contains("sync.db.secretId=rds\\!db-1a2b3c4d");
        assertThat(new EncryptedFileSecretStore(config).load(BackendSettings.PASSWORD_SECRET)).isEmpty();
        SettingsViewModel again = model();
        assertThat(again.backend().secretIdProperty().get()).isEqualTo("rds!db-1a2b3c4d");
        SyncValues values = again.savedSyncValues();
        assertThat(values.dbSecretId()).isEqualTo("rds!db-1a2b3c4d");
        assertThat(values.password()).isNull();
        assertThat(values.settings(1).database().secretId()).isEqualTo("rds!db-1a2b3c4d");
        assertThat(values.settings(1).database().user()).isNull();
    }

    @Test
    void aSecretAndAPasswordTogetherAreRefusedInTheFormAsSyncRefusesThem() {
        SettingsViewModel model = model();
        BackendForm form = withSecret(model);
        form.passwordProperty().set("s3cret-pw");

        assertThat(form.secretIdErrorProperty().get()).startsWith("Give the password or the secret, not both");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(model.save()).isFalse();
        form.testConnection();
        assertThat(form.testResultProperty().get()).isEqualTo("Fix the fields marked in red first.");

        form.passwordProperty().set("");
        assertThat(form.validProperty().get()).as(form.secretIdErrorProperty().get()).isTrue();
        assertThat(model.save()).isTrue();
    }

    @Test
    void withIamSignInTheSecretIsNeitherCheckedNorSaved() throws Exception {
        SettingsViewModel model = model();
        BackendForm form = withSecret(model);
        form.authProperty().set(DatabaseAuth.IAM);
        form.passwordProperty().set("left over");
        assertThat(form.secretIdErrorProperty().get()).isEmpty();
        assertThat(model.save()).isTrue();

        assertThat(model().backend().secretIdProperty().get()).isEmpty();
        assertThat(model.savedSyncValues().settings(1).database().secretId()).isNull();
    }

    @Test
    void testConnectionSignsInWithTheSecretNotAPassword() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort(); // nothing listens here once the socket is closed
        }
        Map<String, String> properties = Map.of("aws.endpointUrlSecretsManager", "http://127.0.0.1:" + closed,
                "aws.accessKeyId", "test-access", "aws.secretAccessKey", "test-secret");
        Map<String, String> before = new HashMap<>();
        properties.forEach((key, value) -> before.put(key, System.setProperty(key, value)));
        try {
            BackendForm form = withSecret(model());
            form.endpointProperty().set("http://127.0.0.1:" + closed);
            form.jdbcUrlProperty().set("jdbc:postgresql://127.0.0.1:" + closed + "/team");
            form.dbUserProperty().set("");

            form.testConnection();
            assertThat(form.checks()).filteredOn(c -> c.name().equals("Signed in")).singleElement()
                    .satisfies(c -> assertThat(c.passed()).isFalse())
                    .satisfies(c -> assertThat(c.detail()).contains("secret rds!db-1a2b3c4d")
                            .doesNotContain("Exception"));
            assertThat(form.checks()).filteredOn(c -> c.name().equals("Database reachable")).singleElement()
                    .satisfies(c -> assertThat(c.detail()).contains("the login to sign in with could not be read"));
        } finally {
            before.forEach((key, value) -> {
                if (value == null) {
                    System.clearProperty(key);
                } else {
                    System.setProperty(key, value);
                }
            });
        }
    }

    @Test
    void testConnectionListsEveryCheckWithItsPlainMessage() throws Exception {
        SettingsViewModel model = model();
        BackendForm form = model.backend();
        form.testConnection();
        assertThat(form.testResultProperty().get()).isEqualTo("Fill in the bucket and the database first.");
        assertThat(form.testPassedProperty().get()).isFalse();

        try (TeamServers servers = TeamServers.start()) {
            reach(form, servers);
            form.dbUserProperty().set(TeamServers.USER);
            form.passwordProperty().set("not-the-password");

            form.testConnection();
            assertThat(form.checks()).extracting(DoctorCheck::name).contains("AWS credentials", "Bucket writable",
                    "Signed in", "Schema migrated");
            assertThat(form.checks()).filteredOn(c -> c.name().equals("Signed in")).singleElement()
                    .satisfies(c -> assertThat(c.passed()).isFalse())
                    .satisfies(c -> assertThat(c.detail()).contains("refused").doesNotContain("Exception"));
            assertThat(form.checks()).filteredOn(c -> c.name().equals("Bucket writable")).singleElement()
                    .satisfies(c -> assertThat(c.passed()).isTrue());
            assertThat(form.testResultProperty().get()).endsWith("checks failed; see below.");
            assertThat(form.testPassedProperty().get()).isFalse();
            assertThat(form.testingProperty().get()).isFalse();
        }
    }

    /** The form pointed at the test servers' bucket and database, with no sign-in yet. */
    private static void reach(BackendForm form, TeamServers servers) {
        form.bucketProperty().set(TeamServers.BUCKET);
        form.endpointProperty().set(servers.endpoint());
        form.pathStyleProperty().set(true);
        form.regionProperty().set("us-east-1");
        form.jdbcUrlProperty().set(servers.jdbcUrl());
    }

    @Test
    void testConnectionPassesWithTheLoginOfASecretInMotosSecretsManager() throws Exception {
        Optional<Path> moto = MotoSecrets.executable();
        Assumptions.assumeTrue(moto.isPresent(), "moto_server is not installed");
        try (TeamServers servers = TeamServers.start(); MotoSecrets secrets = MotoSecrets.start(moto.get())) {
            secrets.put("rds!db-team", "{\"engine\":\"postgres\",\"username\":\"" + TeamServers.USER
                    + "\",\"password\":\"" + TeamServers.PASSWORD + "\"}");
            SettingsViewModel model = model();
            BackendForm form = model.backend();
            reach(form, servers);
            form.secretIdProperty().set("rds!db-team");
            assertThat(model.save()).isTrue();

            form.testConnection();
            // A fresh database: only its schema waits for the first sync, which the test does not run.
            assertThat(form.checks()).filteredOn(c -> !c.passed()).extracting(DoctorCheck::name)
                    .containsExactly("Schema migrated");
            assertThat(form.checks()).filteredOn(c -> c.name().equals("Signed in")).singleElement()
                    .satisfies(c -> assertThat(c.detail()).isEqualTo("Signed in as " + TeamServers.USER
                            + " with the login of secret rds!db-team."));
        }
    }

    @Test
    void aHandEditedWrongValueIsLeftBlankAndTheFormSaysWhatIsMissing() throws Exception {
        Files.writeString(config.resolve("settings.properties"), "sync.s3.bucket=Not_A_Bucket\n"
                + "sync.db.jdbcUrl=jdbc:postgresql://db/team\nsync.intervalSeconds=zero\n");
        BackendForm form = model().backend();
        assertThat(form.bucketProperty().get()).isEmpty();
        assertThat(form.bucketErrorProperty().get()).contains("Enter the team's S3 bucket");
        assertThat(form.intervalProperty().get()).isEqualTo(Integer.toString(BackendSettings.DEFAULT_INTERVAL));
    }
}
