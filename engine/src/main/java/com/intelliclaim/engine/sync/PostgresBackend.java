package com.intelliclaim.engine.sync;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The team's PostgreSQL: a small HikariCP pool, its schema brought up to date by Flyway from its own migration set
 * ({@code db/migration/postgres}, separate from the local H2 one), and whether pgvector is there (detected at each
 * open and recorded in {@code backend_facts}; installed when available and allowed; chunks keep their embeddings as
 * {@code real[]} either way, and with pgvector also in a {@code vector(dim)} column with an HNSW index, see
 * {@link VectorColumns}). Close it to
 * release the connections.
 */
public final class PostgresBackend implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresBackend.class);
    static final String LOCATION = "classpath:db/migration/postgres";

    /** What pgvector looks like on this server. */
    public enum VectorSupport { INSTALLED, AVAILABLE, ABSENT }

    private final HikariDataSource pool;
    private final DatabaseSettings settings;
    private final VectorSupport vectorSupport;
    private final VectorColumns vectorColumns;

    private PostgresBackend(HikariDataSource pool, DatabaseSettings settings, VectorSupport vectorSupport) {
        this.pool = pool;
        this.settings = settings;
        this.vectorSupport = vectorSupport;
        this.vectorColumns = new VectorColumns(vectorSupport == VectorSupport.INSTALLED);
    }

    /**
     * Connects, migrates the schema and detects pgvector.
     *
     * @throws SyncException when the server cannot be reached, refuses the sign-in or the schema cannot be migrated
     */
    public static PostgresBackend open(DatabaseSettings settings, DataSource signIn) {
        HikariDataSource pool = null;
        try {
            HikariConfig config = new HikariConfig();
            config.setDataSource(signIn);
            config.setPoolName("intelliclaim-team-db");
            config.setMaximumPoolSize(2);
            config.setMinimumIdle(0);
            config.setConnectionTimeout(5_000);
            // Tokens of IAM auth live 15 minutes; connections are renewed well before that.
            config.setMaxLifetime(10 * 60_000);
            config.setIdleTimeout(60_000);
            pool = new HikariDataSource(config);
            Flyway.configure().dataSource(pool).locations(LOCATION).failOnMissingLocations(true).loggers("slf4j")
                    .load().migrate();
            VectorSupport vectors = detectVectors(pool);
            LOG.info("Team database {} ready; pgvector {}", settings.describe(), vectors);
            return new PostgresBackend(pool, settings, vectors);
        } catch (RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            throw PostgresErrors.plain(settings, "be opened", e);
        }
    }

    /** Signs in with the password of the settings, or with an IAM token made for each new connection. */
    public static PostgresBackend open(DatabaseSettings settings, IamTokens iam) {
        return open(settings, DatabaseSignIn.dataSource(settings, iam, null));
    }

    /** What pgvector looks like on the server of this connection (read only). */
    static VectorSupport vectorSupport(Connection c) throws SQLException {
        return exists(c, "SELECT 1 FROM pg_extension WHERE extname = 'vector'") ? VectorSupport.INSTALLED
                : exists(c, "SELECT 1 FROM pg_available_extensions WHERE name = 'vector'")
                ? VectorSupport.AVAILABLE : VectorSupport.ABSENT;
    }

    private static VectorSupport detectVectors(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            VectorSupport support = vectorSupport(c);
            if (support == VectorSupport.AVAILABLE && createVectorExtension(c)) {
                support = VectorSupport.INSTALLED;
            }
            try (PreparedStatement merge = c.prepareStatement("INSERT INTO backend_facts (fact_key, fact_value)"
                    + " VALUES ('pgvector', ?) ON CONFLICT (fact_key) DO UPDATE SET fact_value = EXCLUDED.fact_value,"
                    + " noted_at = now()")) {
                merge.setString(1, support.name());
                merge.executeUpdate();
            }
            return support;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Installs pgvector when the analysts' role may; a server where it may not keeps {@code real[]} only. */
    private static boolean createVectorExtension(Connection c) {
        try (var statement = c.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
            return true;
        } catch (SQLException e) {
            LOG.info("pgvector is available but could not be installed ({}); embeddings stay real[] only",
                    e.getMessage());
            return false;
        }
    }

    private static boolean exists(Connection c, String sql) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(sql); ResultSet rows = select.executeQuery()) {
            return rows.next();
        }
    }

    public VectorSupport vectorSupport() {
        return vectorSupport;
    }

    /** The pgvector columns beside {@code real[]}: written only when the extension is installed. */
    VectorColumns vectorColumns() {
        return vectorColumns;
    }

    DataSource dataSource() {
        return pool;
    }

    DatabaseSettings settings() {
        return settings;
    }

    @Override
    public void close() {
        pool.close();
    }
}
