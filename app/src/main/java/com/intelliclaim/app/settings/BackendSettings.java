package com.intelliclaim.app.settings;

import com.intelliclaim.engine.sync.DatabaseAuth;
import java.util.Objects;

/**
 * The team backend as saved in Settings (already checked, see {@link BackendChecks}); blank text means "not set". The
 * database password is not here: it lives in the {@link SecretStore} under {@link #PASSWORD_SECRET}.
 *
 * @param bucket          the team's S3 bucket
 * @param endpoint        an S3-compatible server's address, blank for AWS itself
 * @param pathStyle       address the bucket in the path (S3-compatible servers)
 * @param kmsKeyId        SSE-KMS key id, blank for SSE-S3
 * @param region          the AWS region
 * @param jdbcUrl         the team's PostgreSQL, {@code jdbc:postgresql://HOST:PORT/DB}
 * @param sslMode         PostgreSQL {@code sslmode}, blank for the driver's default (or what the URL says)
 * @param rootCertificate the file of the root certificate the server's is checked against, blank for none
 * @param dbUser          the database user
 * @param auth            password or IAM auth token
 * @param dbSecretId      an AWS Secrets Manager secret (name or ARN) holding the database login, instead of a
 *                        password; blank for none (always blank with IAM)
 * @param intervalSeconds seconds between automatic syncs
 */
public record BackendSettings(String bucket, String endpoint, boolean pathStyle, String kmsKeyId, String region,
                              String jdbcUrl, String sslMode, String rootCertificate, String dbUser, DatabaseAuth auth,
                              String dbSecretId, int intervalSeconds) {
    public static final String PASSWORD_SECRET = "sync.dbPassword";
    public static final int DEFAULT_INTERVAL = 60;
    public static final int MIN_INTERVAL = 10;
    public static final int MAX_INTERVAL = 86_400;

    public BackendSettings {
        bucket = strip(bucket);
        endpoint = strip(endpoint);
        kmsKeyId = strip(kmsKeyId);
        region = strip(region);
        jdbcUrl = strip(jdbcUrl);
        sslMode = strip(sslMode);
        rootCertificate = strip(rootCertificate);
        dbUser = strip(dbUser);
        dbSecretId = strip(dbSecretId);
        auth = Objects.requireNonNullElse(auth, DatabaseAuth.PASSWORD);
    }

    /** Nothing set: sync is off. */
    public static BackendSettings none() {
        return new BackendSettings("", "", false, "", "", "", "", "", "", DatabaseAuth.PASSWORD, "", DEFAULT_INTERVAL);
    }

    /** Whether the analyst set up a backend at all (a bucket or a database). */
    public boolean configured() {
        return !bucket.isEmpty() || !jdbcUrl.isEmpty();
    }

    /**
     * These settings as the lowest layer of {@link SyncValues}, with the saved password and analyst name. The password
     * and the secret are alternatives: the form never saves both (sync refuses the two together).
     */
    public SyncValues values(String password, String analyst) {
        return new SyncValues(blankToNull(bucket), blankToNull(endpoint), configured() ? Boolean.toString(pathStyle)
                : null, blankToNull(kmsKeyId), blankToNull(region), blankToNull(jdbcUrl), blankToNull(sslMode),
                blankToNull(rootCertificate), blankToNull(dbUser), configured() ? auth.name() : null,
                blankToNull(password), blankToNull(analyst), Integer.toString(intervalSeconds),
                blankToNull(dbSecretId));
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
