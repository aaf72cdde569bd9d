package com.intelliclaim.app.settings;

import com.intelliclaim.engine.sync.Backoff;
import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.DatabaseSettings;
import com.intelliclaim.engine.sync.S3Settings;
import com.intelliclaim.engine.sync.SyncSettings;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.function.Function;

/**
 * One layer of team-backend settings as text, null where this layer says nothing: the command line's options, the
 * environment, or what Settings saved. {@link #or} puts layers on top of each other (options over environment over
 * saved, see {@link SyncSettingsResolver}); {@link #settings} turns the result into what the engine needs, or says in
 * plain words what is missing or wrong.
 */
public record SyncValues(String bucket, String endpoint, String pathStyle, String kmsKeyId, String region,
                         String jdbcUrl, String sslMode, String rootCertificate, String dbUser, String dbAuth,
                         String password, String analyst, String intervalSeconds, String dbSecretId) {
    public static final SyncValues NONE = new SyncValues(null, null, null, null, null, null, null, null, null, null,
            null, null, null, null);

    /** The variables of README "Team sync" (a function so tests can give their own environment). */
    public static SyncValues fromEnvironment(Function<String, String> env) {
        return new SyncValues(env.apply("INTELLICLAIM_S3_BUCKET"), env.apply("INTELLICLAIM_S3_ENDPOINT"),
                env.apply("INTELLICLAIM_S3_PATH_STYLE"), env.apply("INTELLICLAIM_S3_KMS_KEY_ID"),
                env.apply("AWS_REGION"), env.apply("INTELLICLAIM_JDBC_URL"), env.apply("INTELLICLAIM_DB_SSLMODE"),
                env.apply("INTELLICLAIM_DB_SSLROOTCERT"), env.apply("INTELLICLAIM_DB_USER"),
                env.apply("INTELLICLAIM_DB_AUTH"), env.apply("INTELLICLAIM_DB_PASSWORD"),
                env.apply("INTELLICLAIM_ANALYST"), null, env.apply("INTELLICLAIM_DB_SECRET_ID"));
    }

    /** Each value of this layer, or else {@code lower}'s (blank counts as not given). */
    public SyncValues or(SyncValues lower) {
        return new SyncValues(pick(bucket, lower.bucket), pick(endpoint, lower.endpoint),
                pick(pathStyle, lower.pathStyle), pick(kmsKeyId, lower.kmsKeyId), pick(region, lower.region),
                pick(jdbcUrl, lower.jdbcUrl), pick(sslMode, lower.sslMode),
                pick(rootCertificate, lower.rootCertificate), pick(dbUser, lower.dbUser), pick(dbAuth, lower.dbAuth),
                pick(password, lower.password), pick(analyst, lower.analyst),
                pick(intervalSeconds, lower.intervalSeconds), pick(dbSecretId, lower.dbSecretId));
    }

    /** Whether this layer says how to sign in with a password: the password itself, or a Secrets Manager secret. */
    public boolean signInGiven() {
        return given(password) || given(dbSecretId);
    }

    /**
     * This layer without its password and secret. The two are one choice: a higher layer that gives either replaces
     * both of a lower one (within one layer, both together are refused by {@link #settings}).
     */
    public SyncValues withoutSignIn() {
        return new SyncValues(bucket, endpoint, pathStyle, kmsKeyId, region, jdbcUrl, sslMode, rootCertificate, dbUser,
                dbAuth, null, analyst, intervalSeconds, null);
    }

    /** Whether a bucket or a database is named at all (otherwise sync is simply not set up). */
    public boolean configured() {
        return bucket != null || jdbcUrl != null;
    }

    /**
     * What the engine needs to sync.
     *
     * @throws IllegalArgumentException naming the value that is missing or wrong, and where to set it
     */
    public SyncSettings settings(int attempts) {
        if (bucket == null) {
            throw new IllegalArgumentException("No S3 bucket is set: give --s3-bucket, set INTELLICLAIM_S3_BUCKET, or"
                    + " fill in the team backend in Settings.");
        }
        if (region == null) {
            throw new IllegalArgumentException("No AWS region is set: give --region, set AWS_REGION, or fill in the"
                    + " team backend in Settings.");
        }
        DatabaseAuth auth = auth();
        DatabaseSettings database = new DatabaseSettings(jdbcUrl, dbUser,
                auth == DatabaseAuth.IAM ? null : password,
                auth, region, dbSecretId).withTls(sslMode, rootCertificate == null ? null : Path.of(rootCertificate));
        return new SyncSettings(S3Settings.of(bucket, endpointUri(), flag(pathStyle, "path-style addressing"), region,
                kmsKeyId), database, null, analyst, attempts, Backoff.standard());
    }

    /** Seconds between automatic passes: the value given, else {@link BackendSettings#DEFAULT_INTERVAL}. */
    public Duration interval() {
        if (intervalSeconds == null) {
            return Duration.ofSeconds(BackendSettings.DEFAULT_INTERVAL);
        }
        BackendChecks.interval(intervalSeconds).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return Duration.ofSeconds(Long.parseLong(intervalSeconds.strip()));
    }

    private URI endpointUri() {
        if (endpoint == null) {
            return null;
        }
        BackendChecks.endpoint(endpoint).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        try {
            return new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("\"" + endpoint + "\" is not a web address.", e);
        }
    }

    private DatabaseAuth auth() {
        if (dbAuth == null) {
            return DatabaseAuth.PASSWORD;
        }
        try {
            return DatabaseAuth.valueOf(dbAuth.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Database sign-in must be password or iam, not \"" + dbAuth + "\".", e);
        }
    }

    private static boolean flag(String text, String what) {
        if (text == null) {
            return false;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new IllegalArgumentException("The " + what + " setting must be true or false, not \""
                    + text + "\".");
        };
    }

    private static boolean given(String text) {
        return text != null && !text.isBlank();
    }

    private static String pick(String upper, String lower) {
        if (upper != null && !upper.isBlank()) {
            return upper.strip();
        }
        return lower == null || lower.isBlank() ? null : lower.strip();
    }

    /** Never the password. */
    @Override
    public String toString() {
        return "SyncValues[bucket=" + bucket + ", endpoint=" + endpoint + ", jdbcUrl=" + jdbcUrl + ", dbUser=" + dbUser
                + ", password=" + (password == null ? "none" : "set") + "]";
    }
}
