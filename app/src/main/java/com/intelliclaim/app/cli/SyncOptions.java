package com.intelliclaim.app.cli;

import com.intelliclaim.engine.sync.Backoff;
import com.intelliclaim.engine.sync.DatabaseAuth;
import com.intelliclaim.engine.sync.DatabaseSettings;
import com.intelliclaim.engine.sync.S3Settings;
import com.intelliclaim.engine.sync.SyncSettings;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * The team backend's settings, each an option with an environment variable as its default. The database password is
 * never an option (it would show in the process list): it comes from INTELLICLAIM_DB_PASSWORD, a file or an AWS
 * Secrets Manager secret. AWS
 * credentials come from the default AWS chain (environment, profiles, SSO).
 */
public final class SyncOptions {
    @Option(names = "--s3-bucket", paramLabel = "NAME", defaultValue = "${env:INTELLICLAIM_S3_BUCKET}",
            description = "The team's bucket (default: $INTELLICLAIM_S3_BUCKET).")
    String bucket;

    @Option(names = "--s3-endpoint", paramLabel = "URL", defaultValue = "${env:INTELLICLAIM_S3_ENDPOINT}",
            description = "An S3-compatible server instead of AWS (default: $INTELLICLAIM_S3_ENDPOINT).")
    URI endpoint;

    @Option(names = "--s3-path-style", paramLabel = "true|false", arity = "1",
            defaultValue = "${env:INTELLICLAIM_S3_PATH_STYLE:-false}",
            description = "Address the bucket in the path, for S3-compatible servers (default:"
                    + " $INTELLICLAIM_S3_PATH_STYLE or false).")
    boolean pathStyle;

    @Option(names = "--s3-kms-key-id", paramLabel = "ID", defaultValue = "${env:INTELLICLAIM_S3_KMS_KEY_ID}",
            description = "Encrypt with this KMS key (SSE-KMS) instead of SSE-S3 (default: $INTELLICLAIM_S3_KMS_KEY_ID).")
    String kmsKeyId;

    @Option(names = "--region", paramLabel = "REGION", defaultValue = "${env:AWS_REGION}",
            description = "AWS region (default: $AWS_REGION).")
    String region;

    @Option(names = "--jdbc-url", paramLabel = "URL", defaultValue = "${env:INTELLICLAIM_JDBC_URL}",
            description = "The team database, jdbc:postgresql://HOST:PORT/DB?sslmode=verify-full&sslrootcert=FILE"
                    + " (default: $INTELLICLAIM_JDBC_URL).")
    String jdbcUrl;

    @Option(names = "--db-sslmode", paramLabel = "MODE", defaultValue = "${env:INTELLICLAIM_DB_SSLMODE}",
            description = "TLS to the database: disable, allow, prefer, require, verify-ca or verify-full (use"
                    + " verify-full for RDS); sets sslmode in the URL (default: $INTELLICLAIM_DB_SSLMODE).")
    String sslmode;

    @Option(names = "--db-sslrootcert", paramLabel = "FILE", defaultValue = "${env:INTELLICLAIM_DB_SSLROOTCERT}",
            description = "PEM file of the database server's root certificate (for RDS, global-bundle.pem); sets"
                    + " sslrootcert in the URL (default: $INTELLICLAIM_DB_SSLROOTCERT).")
    Path sslRootCert;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "${env:INTELLICLAIM_DB_USER}",
            description = "Database user (default: $INTELLICLAIM_DB_USER).")
    String dbUser;

    @Option(names = "--db-auth", paramLabel = "password|iam", defaultValue = "${env:INTELLICLAIM_DB_AUTH:-password}",
            description = "Sign in with a password or an IAM auth token (default: $INTELLICLAIM_DB_AUTH or password).")
    DatabaseAuth dbAuth;

    @Option(names = "--db-password-file", paramLabel = "FILE",
            description = "Read the database password from the first line of this file (otherwise"
                    + " $INTELLICLAIM_DB_PASSWORD).")
    Path dbPasswordFile;

    @Option(names = "--db-secret-id", paramLabel = "ID", defaultValue = "${env:INTELLICLAIM_DB_SECRET_ID}",
            description = "Sign in with the username and password of this AWS Secrets Manager secret (the RDS-managed"
                    + " secret's name or ARN; read again when the database refuses it after a rotation) (default:"
                    + " $INTELLICLAIM_DB_SECRET_ID).")
    String dbSecretId;

    @Option(names = "--analyst", paramLabel = "NAME", defaultValue = "${env:INTELLICLAIM_ANALYST}",
            description = "Your name on what you send (default: $INTELLICLAIM_ANALYST or the OS user).")
    String analyst;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "3",
            description = "Attempts when the network or a server fails (default: ${DEFAULT-VALUE}).")
    int attempts;

    /**
     * The settings, or an {@link IllegalArgumentException} naming what is missing or wrong.
     *
     * @param environment the process environment (a parameter so tests can give their own)
     */
    SyncSettings settings(Function<String, String> environment) {
        String password = password(environment);
        return new SyncSettings(S3Settings.of(bucket, endpoint, pathStyle, region, kmsKeyId),
                new DatabaseSettings(jdbcUrl, dbUser, password, dbAuth, region, dbSecretId).withTls(sslmode,
                        sslRootCert), null, analyst, attempts, Backoff.standard());
    }

    private String password(Function<String, String> environment) {
        if (dbPasswordFile == null) {
            return environment.apply("INTELLICLAIM_DB_PASSWORD");
        }
        try {
            return Files.readAllLines(dbPasswordFile).stream().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new IllegalArgumentException("The password file " + dbPasswordFile + " could not be read ("
                    + e.getMessage() + ").", e);
        }
    }
}
