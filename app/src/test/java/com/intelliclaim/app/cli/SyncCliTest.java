package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.settings.BackendSettings;
import com.intelliclaim.app.settings.EncryptedFileSecretStore;
import com.intelliclaim.app.settings.Settings;
import com.intelliclaim.app.settings.SettingsStore;
import com.intelliclaim.app.sync.TeamServers;
import com.intelliclaim.engine.sync.DatabaseAuth;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --once} and {@code sync status} end to end against a real S3 API server (s3proxy) and a real
 * PostgreSQL (embedded, password sign-in required for the analysts' role), with two data folders.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncCliTest {
    private static final String BUCKET = TeamServers.BUCKET;

    @TempDir
    static Path tmp;
    private TeamServers servers;
    private Path password;
    private Path policy;

    @BeforeAll
    void startServers() throws Exception {
        servers = TeamServers.start();
        servers.createDatabase("doctor");
        password = Files.writeString(tmp.resolve("db-password"), TeamServers.PASSWORD + "\n");
        try (InputStream in = SyncCliTest.class.getResourceAsStream("/scenarios/sample-policy.txt")) {
            policy = tmp.resolve("sample-policy.txt");
            Files.copy(in, policy);
        }
    }

    @AfterAll
    void stopServers() throws Exception {
        servers.close();
    }

    private CliRun sync(Path data, String passwordFile, String... more) {
        List<String> args = new ArrayList<>(List.of("sync", "--data", data.toString()));
        args.addAll(backend(BUCKET, "team", passwordFile));
        args.addAll(List.of("--attempts", "1"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<String> backend(String bucket, String database, String passwordFile) {
        return List.of("--s3-bucket", bucket, "--s3-endpoint", servers.endpoint(),
                "--s3-path-style", "true", "--region", "us-east-1", "--jdbc-url", servers.jdbcUrl(database),
                "--db-user", TeamServers.USER, "--db-password-file", passwordFile);
    }

    private CliRun doctor(String bucket) {
        List<String> args = new ArrayList<>(List.of("sync", "doctor"));
        args.addAll(backend(bucket, "doctor", password.toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** Ingests the policy into a data folder (which keeps its original bytes). */
    private void ingest(Path data) throws IOException {
        CliRun run = CliRun.of("ingest", "--data", data.toString(), policy.toString());
        assertThat(run.code()).as(run.err()).isZero();
    }

    @Test
    void analystAsWorkReachesAnalystBAndStatusTellsWhatIsLeft() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        ingest(a);

        Path wrong = Files.writeString(tmp.resolve("wrong-password"), "not-it");
        CliRun refused = sync(a, wrong.toString(), "--once");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("refused the sign-in").doesNotContain("Exception");
        CliRun waiting = CliRun.of("sync", "status", "--data", a.toString());
        assertThat(waiting.out()).contains("Pending changes: 1 (1 document)").contains("Last success:    never")
                .contains("refused the sign-in");

        CliRun sent = sync(a, password.toString(), "--once", "--analyst", "asha");
        assertThat(sent.code()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("Sent 1 documents (1 files)").contains("Nothing left to send.");
        assertThat(CliRun.of("sync", "status", "--data", a.toString()).out()).contains("Pending changes: 0")
                .doesNotContain("Last success:    never");

        CliRun received = sync(b, password.toString(), "--once", "--analyst", "bala");
        assertThat(received.code()).as(received.err()).isZero();
        assertThat(received.out()).contains("received 1 documents");
        CliRun search = CliRun.of("search", "--data", b.toString(), "cataract surgery waiting period");
        assertThat(search.code()).as(search.err()).isZero();
        assertThat(search.out()).contains("sample-policy.txt");
    }

    @Test
    void statusNamesATeammatesCaseWaitingForItsClaimNumberUntilTheCaseHereIsRenamed() throws Exception {
        servers.createDatabase("waits");
        Path a = tmp.resolve("waits-a");
        Path b = tmp.resolve("waits-b");
        for (Path data : List.of(a, b)) {
            CliRun created = CliRun.of("case", "create", "--data", data.toString(), "--claim-number", "CLM-7",
                    "--analyst", data.equals(a) ? "asha" : "bala");
            assertThat(created.code()).as(created.err()).isZero();
        }
        assertThat(syncWith(a, "waits", "asha").code()).isZero();
        CliRun refused = syncWith(b, "waits", "bala");
        assertThat(refused.code()).as(refused.err()).isZero();
        assertThat(refused.out()).contains("1 waits here (claim number used by another case here)");

        assertThat(CliRun.of("sync", "status", "--data", b.toString()).out()).contains("Waiting here:    1 team case"
                + " waits: claim number CLM-7 is used here by another case — rename one of them.");

        CliRun renamed = CliRun.of("case", "update", "CLM-7", "--data", b.toString(), "--claim-number", "CLM-7-B",
                "--analyst", "bala");
        assertThat(renamed.code()).as(renamed.err()).isZero();
        assertThat(syncWith(b, "waits", "bala").code()).isZero();
        assertThat(CliRun.of("sync", "status", "--data", b.toString()).out()).contains("Waiting here:    nothing");
        CliRun shown = CliRun.of("case", "show", "CLM-7", "--data", b.toString());
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("asha");
    }

    @Test
    void statusNamesTeamChangesHeldForACaseThatHasNotArrivedUntilItDoes() throws Exception {
        servers.createDatabase("held");
        Path b = tmp.resolve("held-b");
        assertThat(syncWith(b, "held", "bala").code()).isZero();
        String policy = "f".repeat(64);
        servers.attachBeforeItsCase("held", "k-ravi-2", policy, "policy.pdf", "ravi");

        assertThat(syncWith(b, "held", "bala").code()).isZero();

        assertThat(CliRun.of("sync", "status", "--data", b.toString()).out()).contains("Waiting here:    1 team change"
                + " waits for case k-ravi-2 to arrive (only its id is known here); it applies when a teammate's sync"
                + " brings the case.");

        servers.pushCase("held", "k-ravi-2", "CLM-12", "ravi");
        assertThat(syncWith(b, "held", "bala").code()).isZero();

        assertThat(CliRun.of("sync", "status", "--data", b.toString()).out()).contains("Waiting here:    nothing");
        CliRun shown = CliRun.of("case", "show", "CLM-12", "--data", b.toString());
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("policy.pdf");
    }

    private CliRun syncWith(Path data, String database, String analyst) {
        List<String> args = new ArrayList<>(List.of("sync", "--once", "--data", data.toString(), "--analyst", analyst,
                "--attempts", "1"));
        args.addAll(backend(BUCKET, database, password.toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void withoutOptionsTheSettingsSavedInTheDesktopAreUsedPasswordIncluded() throws Exception {
        servers.createDatabase("saved"); // its own database: the other test counts what it receives
        Path config = tmp.resolve("config");
        Settings d = Settings.defaults();
        new SettingsStore(config).save(new Settings(d.provider(), d.baseUrl(), d.models(), null, d.theme(),
                d.passages(), "chitra", new BackendSettings(BUCKET, servers.endpoint(), true, "", "us-east-1",
                servers.jdbcUrl("saved"), "", "", TeamServers.USER, DatabaseAuth.PASSWORD, "", 30),
                d.embeddingModel()));
        new EncryptedFileSecretStore(config).save(BackendSettings.PASSWORD_SECRET, TeamServers.PASSWORD);
        Path c = tmp.resolve("saved");
        Path note = Files.writeString(tmp.resolve("saved-note.txt"), "Claim note: cataract surgery, policy in force"
                + " for four years.\n"); // not the policy: the other test counts the files it sends
        CliRun ingested = CliRun.of("ingest", "--data", c.toString(), note.toString());
        assertThat(ingested.code()).as(ingested.err()).isZero();
        DesktopConfig.use(config, () -> {
            CliRun run = CliRun.of("sync", "--once", "--data", c.toString(), "--attempts", "1");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("Sent 1 documents").contains("Nothing left to send.");

            CliRun overridden = CliRun.of("sync", "--once", "--data", c.toString(), "--attempts", "1",
                    "--db-user", "nobody");
            assertThat(overridden.code()).isEqualTo(1);
            assertThat(overridden.err()).contains("refused the sign-in");
        });
    }

    @Test
    void doctorPrintsOneLinePerCheckAndPassesOnlyOnceTheSchemaIsMigrated() {
        CliRun unmigrated = doctor(BUCKET);
        assertThat(unmigrated.code()).as(unmigrated.out() + unmigrated.err()).isEqualTo(1);
        assertThat(unmigrated.out().lines().filter(l -> l.startsWith("ok ") || l.startsWith("FAIL"))).hasSize(8);
        assertThat(unmigrated.out()).contains("ok   Bucket writable").contains("ok   Signed in")
                .contains("FAIL Schema migrated    The schema is empty").contains("1 of 8 checks failed.");

        CliRun wrongBucket = doctor("no-such-bucket");
        assertThat(wrongBucket.code()).isEqualTo(1);
        assertThat(wrongBucket.out()).contains("FAIL Bucket reachable   The bucket no-such-bucket does not exist");

        List<String> migrate = new ArrayList<>(List.of("sync", "--once", "--data", tmp.resolve("d").toString()));
        migrate.addAll(backend(BUCKET, "doctor", password.toString()));
        CliRun first = CliRun.of(migrate.toArray(String[]::new));
        assertThat(first.code()).as(first.err()).isZero();

        CliRun good = doctor(BUCKET);
        assertThat(good.code()).as(good.out()).isZero();
        assertThat(good.out()).contains("ok   Schema migrated").contains("Every check passed.")
                .doesNotContain("FAIL").doesNotContain("Exception");
    }

    @Test
    void missingSettingsAreAUsageError() {
        DesktopConfig.use(tmp.resolve("no-config"), () -> {
            CliRun run = CliRun.of("sync", "--once", "--data", tmp.resolve("c").toString(), "--region", "us-east-1");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("No S3 bucket is set");
        });
    }
}
