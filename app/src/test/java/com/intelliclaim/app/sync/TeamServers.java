package com.intelliclaim.app.sync;

import com.intelliclaim.app.settings.SyncValues;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A team's backend for tests: s3proxy serving the real S3 API on 127.0.0.1 (in memory, signed requests required)
 * and an embedded PostgreSQL whose analysts' role signs in with a password. AWS credentials reach the SDK's default
 * chain as system properties while the servers run.
 */
public final class TeamServers implements AutoCloseable {
    public static final String BUCKET = "team-documents";
    public static final String USER = "analyst";
    public static final String PASSWORD = "pw-of-analyst";
    private static final String ACCESS = "team-access";
    private static final String SECRET = "team-secret";

    private final BlobStoreContext blobs;
    private final S3Proxy s3;
    private final EmbeddedPostgres postgres;

    private TeamServers(BlobStoreContext blobs, S3Proxy s3, EmbeddedPostgres postgres) {
        this.blobs = blobs;
        this.s3 = s3;
        this.postgres = postgres;
    }

    public static TeamServers start() throws Exception {
        BlobStoreContext blobs = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        S3Proxy s3 = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS, SECRET)
                // s3proxy does not implement server-side encryption; it accepts (and ignores) the header this way.
                .ignoreUnknownHeaders(true).build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.sleep(10);
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectoryCustomizer(dir -> {
            try {
                Files.writeString(dir.toPath().resolve("pg_hba.conf"), "local all all trust\n"
                        + "host all postgres 127.0.0.1/32 trust\nhost all all 127.0.0.1/32 scram-sha-256\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).start();
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE team OWNER " + USER);
        }
        System.setProperty("aws.accessKeyId", ACCESS);
        System.setProperty("aws.secretAccessKey", SECRET);
        return new TeamServers(blobs, s3, postgres);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + s3.getPort();
    }

    public String jdbcUrl() {
        return jdbcUrl("team");
    }

    /** The address of {@code database} on this server (see {@link #createDatabase}). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    /** Creates an empty database owned by {@link #USER}, for a test that must not see what others wrote to "team". */
    public void createDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " OWNER " + USER);
        }
    }

    /**
     * Writes to {@code database}, as a teammate's push would, an attach of a document to case {@code caseId} that the
     * team database does not have yet, with its change-log entry: the order an analyst upgrading from before cases
     * travelled can produce (the engine's TeamPendingSyncTest produces it through two real syncs).
     */
    public void attachBeforeItsCase(String database, String caseId, String sha256, String documentName,
                                    String analyst) throws SQLException {
        asAnalyst(database, "INSERT INTO case_documents (case_id, document_sha256, document_name, attached,"
                + " changed_at, changed_by) VALUES (?, ?, ?, true, now(), ?)", caseId, sha256, documentName, analyst);
        asAnalyst(database, "INSERT INTO changes (kind, ref) VALUES ('CASE_DOCUMENT', ?)", caseId + "/" + sha256);
    }

    /** Writes to {@code database}, as a teammate's push would, a new case at version 1 with its change-log entry. */
    public void pushCase(String database, String caseId, String claimNumber, String analyst) throws SQLException {
        asAnalyst(database, "INSERT INTO cases (id, claim_number, claimant, policy_number, status, created_at,"
                + " created_by, updated_at, updated_by, version, pushed_by) VALUES (?, ?, '', '', 'OPEN', now(), ?,"
                + " now(), ?, 1, ?)", caseId, claimNumber, analyst, analyst, analyst);
        asAnalyst(database, "INSERT INTO changes (kind, ref) VALUES ('CASE', ?)", caseId);
    }

    private void asAnalyst(String database, String sql, String... values) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl(database), USER, PASSWORD);
             java.sql.PreparedStatement statement = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }

    /** Settings that reach these servers as {@code analyst}, with {@code password}. */
    public SyncValues values(String analyst, String password) {
        return new SyncValues(BUCKET, endpoint(), "true", null, "us-east-1", jdbcUrl(), null, null, USER, "password",
                password, analyst, null, null);
    }

    @Override
    public void close() throws Exception {
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
        s3.stop();
        blobs.close();
        postgres.close();
    }
}
