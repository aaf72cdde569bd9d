package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.ConfigFolder;
import com.intelliclaim.app.settings.EncryptedFileSecretStore;
import com.intelliclaim.app.settings.SecretStoreException;
import com.intelliclaim.app.settings.SettingsStore;
import com.intelliclaim.app.settings.SyncSettingsResolver;
import com.intelliclaim.app.settings.SyncValues;
import com.intelliclaim.engine.sync.SyncSettings;
import com.intelliclaim.engine.sync.DatabaseAuth;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The team backend's settings as options. Each value not given comes from its environment variable, else from what
 * the desktop's Settings saved: one rule, {@link SyncSettingsResolver}. The database password is never an option (it
 * would show in the process list): it comes from a file, INTELLICLAIM_DB_PASSWORD, the saved (encrypted) password or an AWS Secrets
 * Manager secret.
 * AWS credentials come from the default AWS chain (environment, profiles, SSO).
 */
public final class SyncOptions {
    @Option(names = "--s3-bucket", paramLabel = "NAME",
            description = "The team's bucket (default: $INTELLICLAIM_S3_BUCKET, else Settings).")
    String bucket;

    @Option(names = "--s3-endpoint", paramLabel = "URL",
            description = "An S3-compatible server instead of AWS (default: $INTELLICLAIM_S3_ENDPOINT, else"
                    + " Settings).")
    URI endpoint;

    @Option(names = "--s3-path-style", paramLabel = "true|false", arity = "1",
            description = "Address the bucket in the path, for S3-compatible servers (default:"
                    + " $INTELLICLAIM_S3_PATH_STYLE, else Settings, else false).")
    Boolean pathStyle;

    @Option(names = "--s3-kms-key-id", paramLabel = "ID",
            description = "Encrypt with this KMS key (SSE-KMS) instead of SSE-S3 (default:"
                    + " $INTELLICLAIM_S3_KMS_KEY_ID, else Settings).")
    String kmsKeyId;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region (default: $AWS_REGION, else Settings).")
    String region;

    @Option(names = "--jdbc-url", paramLabel = "URL",
            description = "The team database, jdbc:postgresql://HOST:PORT/DB?sslmode=verify-full&sslrootcert=FILE"
                    + " (default: $INTELLICLAIM_JDBC_URL, else Settings).")
    String jdbcUrl;

    @Option(names = "--db-sslmode", paramLabel = "MODE",
            description = "TLS to the database: disable, allow, prefer, require, verify-ca or verify-full (use"
                    + " verify-full for RDS); sets sslmode in the URL (default: $INTELLICLAIM_DB_SSLMODE, else"
                    + " Settings).")
    String sslmode;

    @Option(names = "--db-sslrootcert", paramLabel = "FILE",
            description = "PEM file of the database server's root certificate (for RDS, global-bundle.pem); sets"
                    + " sslrootcert in the URL (default: $INTELLICLAIM_DB_SSLROOTCERT, else Settings).")
    Path sslRootCert;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "Database user (default: $INTELLICLAIM_DB_USER, else Settings).")
    String dbUser;

    @Option(names = "--db-auth", paramLabel = "password|iam",
            description = "Sign in with a password or an IAM auth token (default: $INTELLICLAIM_DB_AUTH, else"
                    + " Settings, else password).")
    DatabaseAuth dbAuth;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "Read the database password from the first line of this file (otherwise"
                    + " $INTELLICLAIM_DB_PASSWORD, else the password saved in Settings).")
    Path dbPasswordFile;

    @Option(names = "--db-secret-id", paramLabel = "ID",
            description = "Sign in with the username and password of this AWS Secrets Manager secret (the RDS-managed"
                    + " secret's name or ARN; read again when the database refuses it after a rotation) (default:"
                    + " $INTELLICLAIM_DB_SECRET_ID, else Settings). A password or secret given here or in the"
                    + " environment replaces the one saved in Settings; a password and a secret together are refused.")
    String dbSecretId;

    @Option(names = "--analyst", paramLabel = "NAME",
            description = "Your name on what you send (default: $INTELLICLAIM_ANALYST, else Settings, else the OS"
                    + " user).")
    String analyst;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "Attempts when the network or a server fails (default: ${DEFAULT-VALUE}).")
    int attempts;

    /**
     * The settings by the one rule (these options, then {@code environment}, then what Settings saved in the config
     * folder), or an {@link IllegalArgumentException} naming what is missing or wrong.
     */
    SyncSettings settings(Function<String, String> environment) {
        return resolve(environment).settings(attempts);
    }

    /** The layers put together (see {@link SyncSettingsResolver}); a saved password that cannot be read is named. */
    SyncValues resolve(Function<String, String> environment) {
        Path config = ConfigFolder.location();
        try {
            return new SyncSettingsResolver(environment, new SettingsStore(config),
                    new EncryptedFileSecretStore(config)).resolve(values());
        } catch (SecretStoreException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** Only what was given on the command line. */
    SyncValues values() {
        return new SyncValues(bucket, endpoint == null ? null : endpoint.toString(),
                pathStyle == null ? null : pathStyle.toString(), kmsKeyId, region, jdbcUrl, sslmode,
                sslRootCert == null ? null : sslRootCert.toString(), dbUser, dbAuth == null ? null : dbAuth.name(),
                password(), analyst, null, dbSecretId);
    }

    private String password() {
        if (dbPasswordFile == null) {
            return null;
        }
        try {
            return Files.readAllLines(dbPasswordFile).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("The password file " + dbPasswordFile + " could not be read ("
                    + e.getMessage() + ").", e);
        }
    }
}
