package com.intelliclaim.engine.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The team's backend for sync tests, as a JUnit extension: a real S3 API server (s3proxy, in memory) and a real
 * PostgreSQL on 127.0.0.1, each started on first use. Register it on a static field:
 * {@code @RegisterExtension static final TestBackend backend = TestBackend.shared();}
 *
 * <p>Every test gets an empty bucket and an empty database of its own, made when first asked for and removed after
 * the test, so tests share no data even when they share the servers. {@link #shared()} servers serve every class of
 * the test run and stop when it ends; a class whose tests stop the servers or change what every database sees (a
 * role's password) takes {@link #own()} servers, stopped after the class. Tests of one class run one at a time.
 */
final class TestBackend implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(TestBackend.class);
    private static final AtomicInteger BUCKETS = new AtomicInteger();

    private final boolean shared;
    private BackendServers servers;
    private String bucket;
    private String jdbcUrl;

    private TestBackend(boolean shared) {
        this.shared = shared;
    }

    /** Servers shared with every other class of this test run that takes them. */
    static TestBackend shared() {
        return new TestBackend(true);
    }

    /** Servers of this test class alone. */
    static TestBackend own() {
        return new TestBackend(false);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        ExtensionContext.Store store = (shared ? context.getRoot() : context).getStore(NAMESPACE);
        servers = store.getOrComputeIfAbsent(BackendServers.class, k -> new BackendServers(), BackendServers.class);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        bucket = null;
        jdbcUrl = null;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            if (bucket != null) {
                s3().deleteBucket(bucket);
            }
        } finally {
            if (jdbcUrl != null) {
                postgres().dropDatabase(jdbcUrl);
            }
        }
    }

    TestS3 s3() {
        return servers().s3();
    }

    TestPostgres postgres() {
        return servers().postgres();
    }

    /** This test's bucket, empty when first asked for. */
    String bucket() {
        if (bucket == null) {
            bucket = "team-" + BUCKETS.incrementAndGet();
            s3().createBucket(bucket);
        }
        return bucket;
    }

    /** The JDBC URL of this test's database, owned by the analysts' role and empty when first asked for. */
    String jdbcUrl() {
        if (jdbcUrl == null) {
            jdbcUrl = sql(() -> postgres().newDatabase());
        }
        return jdbcUrl;
    }

    S3Settings s3Settings() {
        return s3().settings(bucket());
    }

    /** Signs in to this test's database as the analysts' role with its password. */
    DatabaseSettings databaseSettings() {
        return postgres().settings(jdbcUrl());
    }

    SyncSettings syncSettings(String analyst, int attempts, Backoff backoff) {
        return new SyncSettings(s3Settings(), databaseSettings(), TestS3.credentials(), analyst, attempts, backoff);
    }

    /** A connection to this test's database as the analysts' role, with its password; the caller closes it. */
    Connection connectAsAnalyst() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), TestPostgres.USER, TestPostgres.PASSWORD);
    }

    /** Whether this test's bucket holds an object under this key (read on the server's side). */
    boolean objectExists(String key) {
        return s3().blobs().blobExists(bucket(), key);
    }

    /** One number from a query run as the superuser in this test's database. */
    long count(String sql) {
        String url = jdbcUrl();
        return sql(() -> postgres().count(url, sql));
    }

    @FunctionalInterface
    private interface Sql<T> {
        T run() throws SQLException;
    }

    /** Runs the test's own set-up or check; a failure there is the test's failure, not the code's under test. */
    private static <T> T sql(Sql<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("The test's own database statement failed: " + e.getMessage(), e);
        }
    }

    /** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BackendServers servers() {
        if (servers == null) {
            throw new IllegalStateException("TestBackend is used before its class started: register it with"
                    + " @RegisterExtension on a static field");
        }
        return servers;
    }
}
