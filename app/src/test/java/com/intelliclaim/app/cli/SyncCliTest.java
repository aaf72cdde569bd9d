package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.settings.BackendSettings;
import com.intelliclaim.app.settings.EncryptedFileSecretStore;
import com.intelliclaim.app.settings.Settings;
import com.intelliclaim.app.settings.SettingsStore;
import com.intelliclaim.engine.sync.DatabaseAuth;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
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
    private static final String BUCKET = "team-documents";

    @TempDir
    static Path tmp;
    private BlobStoreContext blobs;
    private S3Proxy s3;
    private EmbeddedPostgres postgres;
    private Path password;
    private Path policy;
    private String policySha;

    @BeforeAll
    void startServers() throws Exception {
        blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "cli-access", "cli-secret")
                // s3proxy does not implement server-side encryption; it accepts (and ignores) the header this way.
                .ignoreUnknownHeaders(true).build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
            try {
                Files.writeString(dir.toPath().resolve("pg_hba.conf"), "local all all trust\n"
                        + "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE analyst LOGIN PASSWORD 'pw-of-analyst'");
            s.execute("CREATE DATABASE team OWNER analyst");
            s.execute("CREATE DATABASE doctor OWNER analyst");
        }
        password = Files.writeString(tmp.resolve("db-password"), "pw-of-analyst\n");
        try (InputStream in = SyncCliTest.class.getResourceAsStream("/scenarios/sample-policy.txt")) {
            policy = tmp.resolve("sample-policy.txt");
            Files.copy(in, policy);
        }
        policySha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(policy)));
        System.setProperty("aws.accessKeyId", "cli-access");
        System.setProperty("aws.secretAccessKey", "cli-secret");
    }

    @AfterAll
    void stopServers() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        s3.stop();
        blobs.close();
        postgres.close();
    }

    private CliRun sync(Path data, String passwordFile, String... more) {
        List<String> args = new ArrayList<>(List.of("sync", "--data", data.toString()));
        args.addAll(backend(BUCKET, "team", passwordFile));
        args.addAll(List.of("--attempts", "1"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    private List<String> backend(String bucket, String database, String passwordFile) {
        return List.of("--s3-bucket", bucket, "--s3-endpoint", "http://127.0.0.1:" + s3.getPort(),
                "--s3-path-style", "true", "--region", "us-east-1",
                "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database,
                "--db-user", "analyst", "--db-password-file", passwordFile);
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
    void withoutOptionsTheSettingsSavedInTheDesktopAreUsedPasswordIncluded() throws Exception {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE saved OWNER analyst"); // its own database: the other test counts what it receives
        }
        Path config = tmp.resolve("config");
        Settings d = Settings.defaults();
        new SettingsStore(config).save(new Settings(d.provider(), d.baseUrl(), d.models(), null, d.theme(),
                d.passages(), "chitra", new BackendSettings(BUCKET, "http://127.0.0.1:" + s3.getPort(), true, "",
                "us-east-1", "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/saved", "", "", "analyst",
                DatabaseAuth.PASSWORD, "", 30), d.embeddingModel()));
        new EncryptedFileSecretStore(config).save(BackendSettings.PASSWORD_SECRET, "pw-of-analyst");
        Path c = tmp.resolve("saved");
        Path note = Files.writeString(tmp.resolve("saved-note.txt"), "Claim note: cataract surgery, policy in force"
                + " for four years.\n"); // not the policy: the other test counts the files it sends
        CliRun ingested = CliRun.of("ingest", "--data", c.toString(), note.toString());
        assertThat(ingested.code()).as(ingested.err()).isZero();
        withConfig(config, () -> {
            CliRun run = CliRun.of("sync", "--once", "--data", c.toString(), "--attempts", "1");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.out()).contains("Sent 1 documents").contains("Nothing left to send.");

            CliRun overridden = CliRun.of("sync", "--once", "--data", c.toString(), "--attempts", "1",
                    "--db-user", "nobody");
            assertThat(overridden.code()).isEqualTo(1);
            assertThat(overridden.err()).contains("refused the sign-in");
        });
    }

    /** Runs with the desktop's settings read from {@code config} (none saved there: an empty folder). */
    private static void withConfig(Path config, Runnable test) {
        String before = System.getProperty("intelliclaim.config");
        System.setProperty("intelliclaim.config", config.toString());
        try {
            test.run();
        } finally {
            if (before == null) {
                System.clearProperty("intelliclaim.config");
            } else {
                System.setProperty("intelliclaim.config", before);
            }
        }
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
        withConfig(tmp.resolve("no-config"), () -> {
            CliRun run = CliRun.of("sync", "--once", "--data", tmp.resolve("c").toString(), "--region", "us-east-1");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err()).contains("No S3 bucket is set");
        });
    }
}
