package com.intelliclaim.engine.sync;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The unpooled data source that signs in to the team database as the settings say: the JDBC URL as given (so its TLS
 * parameters {@code sslmode}, {@code sslrootcert} apply), with the password, a secret's login (read again when
 * refused), or a fresh IAM token per connection.
 */
final class DatabaseSignIn {
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private DatabaseSignIn() {
    }

    /** Signs in with the sync's AWS credentials for IAM tokens and the secret. */
    static DataSource dataSource(SyncSettings settings) {
        DatabaseSettings database = settings.database();
        return dataSource(database, iamTokens(settings), database.secretId() == null ? null
                : SecretsManagerLogins.of(database.secretId(), database.region(), settings.credentials()));
    }

    /**
     * @param iam    used when the settings say IAM
     * @param logins used when the settings name a secret
     */
    static DataSource dataSource(DatabaseSettings settings, IamTokens iam, DatabaseLogins logins) {
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setURL(settings.jdbcUrl());
        plain.setUser(settings.user());
        plain.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        plain.setLoginTimeout(CONNECT_TIMEOUT_SECONDS * 2);
        if (settings.auth() == DatabaseAuth.IAM) {
            return new IamTokenDataSource(plain, settings, iam);
        }
        if (settings.secretId() != null) {
            if (logins == null) {
                throw new IllegalStateException("no secret reader for secret " + settings.secretId());
            }
            return new SecretLoginDataSource(plain, settings, logins);
        }
        plain.setPassword(settings.password());
        return plain;
    }

    /** IAM tokens signed with the region of the database settings and the sync's AWS credentials. */
    static IamTokens iamTokens(SyncSettings settings) {
        return (host, port, user) -> new RdsIamTokens(settings.database().region(), settings.credentials())
                .token(host, port, user);
    }
}
