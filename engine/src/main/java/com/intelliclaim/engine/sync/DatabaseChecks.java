package com.intelliclaim.engine.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.net.ssl.SSLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The database's part of {@code sync doctor}: reachable (with the URL's TLS settings), signed in (password or IAM
 * token), schema migrated (Flyway's view of the team's migrations, nothing applied) and pgvector (information only).
 * One sign-in answers the first two; the last two need it and say so when it failed.
 */
final class DatabaseChecks {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseChecks.class);
    static final String REACHABLE = "Database reachable";
    static final String SIGNED_IN = "Signed in";
    static final String SCHEMA = "Schema migrated";
    static final String VECTORS = "pgvector";

    private final DatabaseSettings settings;
    private final DataSource signIn;

    DatabaseChecks(DatabaseSettings settings, DataSource signIn) {
        this.settings = settings;
        this.signIn = signIn;
    }

    List<DoctorCheck> run() {
        String how = settings.auth() == DatabaseAuth.IAM ? "an IAM token"
                : settings.secretId() != null ? "the login of secret " + settings.secretId() : "the password";
        try (Connection c = signIn.getConnection()) {
            List<DoctorCheck> checks = new ArrayList<>();
            checks.add(DoctorCheck.pass(REACHABLE, settings.describe() + " answered, " + tls(c) + sslmode() + "."));
            checks.add(DoctorCheck.pass(SIGNED_IN, "Signed in as " + c.getMetaData().getUserName() + " with " + how
                    + "."));
            checks.add(schema());
            checks.add(vectors(c));
            return checks;
        } catch (SQLException | RuntimeException e) {
            LOG.info("sync doctor: the team database refused or could not be reached", e);
            return notSignedIn(e, how);
        }
    }

    private List<DoctorCheck> notSignedIn(Exception e, String how) {
        String state = state(e);
        String notTried = "Not checked: signing in to the database failed (see above).";
        DoctorCheck reachable;
        DoctorCheck signedIn;
        if (e instanceof SyncException login) {
            reachable = DoctorCheck.fail(REACHABLE, "Not tried: the login to sign in with could not be read.");
            signedIn = DoctorCheck.fail(SIGNED_IN, login.getMessage());
        } else if (!(e instanceof SQLException)) {
            reachable = DoctorCheck.fail(REACHABLE, "Not tried: no IAM sign-in token could be made.");
            signedIn = DoctorCheck.fail(SIGNED_IN, "No IAM sign-in token could be made for " + settings.user()
                    + ": it needs AWS credentials and AWS_REGION (see \"AWS credentials\" above).");
        } else if (state.startsWith("28") || state.equals("3D000")) {
            reachable = DoctorCheck.pass(REACHABLE, settings.describe() + " answered.");
            signedIn = DoctorCheck.fail(SIGNED_IN, state.equals("3D000")
                    ? "The server has no database by that name: check the end of the URL with your administrator."
                    : "The server refused " + (settings.user() == null ? "the secret's user" : settings.user())
                    + " with " + how + ": " + (settings.auth()
                    == DatabaseAuth.IAM ? "check that the user has the rds_iam role, IAM database authentication is"
                    + " on and your policy allows rds-db:connect for this user." : settings.secretId() != null
                    ? "the secret was read again and still does not match: tell your administrator."
                    : "check the user and the password."));
        } else {
            reachable = DoctorCheck.fail(REACHABLE, unreachable(e));
            signedIn = DoctorCheck.fail(SIGNED_IN, "Not tried: the server was not reached.");
        }
        return List.of(reachable, signedIn, DoctorCheck.fail(SCHEMA, notTried),
                DoctorCheck.pass(VECTORS, "Not checked (information only)."));
    }

    private String unreachable(Exception e) {
        if (hasCause(e, SSLException.class) || String.valueOf(e.getMessage()).contains("SSL")) {
            return settings.describe() + " could not be reached over TLS: check sslmode and that sslrootcert names"
                    + " the server's root certificate (for RDS, global-bundle.pem).";
        }
        return settings.describe() + " could not be reached: check the host and port in the URL, your network or"
                + " VPN, and that the server is running.";
    }

    private DoctorCheck schema() {
        try {
            MigrationInfoService info = Flyway.configure().dataSource(signIn).locations(PostgresBackend.LOCATION)
                    .failOnMissingLocations(true).loggers("slf4j").load().info();
            List<MigrationInfo> failed = Arrays.stream(info.all()).filter(m -> m.getState().isFailed()).toList();
            if (!failed.isEmpty()) {
                return DoctorCheck.fail(SCHEMA, "Migration " + versions(failed) + " failed on this database: tell"
                        + " your administrator (the schema needs repair before anyone can sync).");
            }
            MigrationInfo[] pending = info.pending();
            String current = info.current() == null ? "empty" : "at version " + info.current().getVersion();
            if (pending.length > 0) {
                return DoctorCheck.fail(SCHEMA, "The schema is " + current + "; " + pending.length + " migration(s)"
                        + " wait (" + versions(Arrays.asList(pending)) + "). The first `sync --once` applies them;"
                        + " it needs a user allowed to create tables (the schema owner).");
            }
            return DoctorCheck.pass(SCHEMA, "The schema is " + current + ", nothing pending.");
        } catch (RuntimeException e) {
            LOG.info("sync doctor: Flyway could not read the schema history", e);
            return DoctorCheck.fail(SCHEMA, "The schema history could not be read: "
                    + PostgresErrors.plain(settings, "read the schema history", e).getMessage());
        }
    }

    private static String versions(List<MigrationInfo> migrations) {
        return migrations.stream().map(m -> "V" + m.getVersion()).collect(Collectors.joining(", "));
    }

    private DoctorCheck vectors(Connection c) {
        try {
            return DoctorCheck.pass(VECTORS, switch (PostgresBackend.vectorSupport(c)) {
                case INSTALLED -> "Installed.";
                case AVAILABLE -> "Available on the server but not installed (CREATE EXTENSION vector); passages"
                        + " keep their vectors as real[] either way.";
                case ABSENT -> "Not on this server; passages keep their vectors as real[] (information only).";
            });
        } catch (SQLException e) {
            LOG.info("sync doctor: pgvector could not be looked up", e);
            return DoctorCheck.pass(VECTORS, "Could not be looked up (information only).");
        }
    }

    private String sslmode() {
        String mode = settings.urlParameter("sslmode");
        String unchecked = "; the server's certificate is not checked: for a server beyond this machine set"
                + " sslmode=verify-full and sslrootcert";
        return mode == null ? " (no sslmode: the driver's default, prefer" + unchecked + ")"
                : " (sslmode=" + mode + (mode.startsWith("verify") ? "" : unchecked) + ")";
    }

    private static String tls(Connection c) {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()");
             ResultSet row = select.executeQuery()) {
            return row.next() && row.getBoolean(1) ? "over TLS (" + row.getString(2) + ")" : "without TLS";
        } catch (SQLException e) {
            return "TLS unknown";
        }
    }

    private static String state(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return "";
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
