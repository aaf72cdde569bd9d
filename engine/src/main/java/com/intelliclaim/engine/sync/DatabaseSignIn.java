package com.intelliclaim.engine.sync;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The unpooled data source that signs in to the team database as the settings say: the JDBC URL as given (so its TLS
 * parameters {@code sslmode}, {@code sslrootcert} apply), with the password, or with a fresh IAM token per connection.
 */
final class DatabaseSignIn {
    static final int CONNECT_TIMEOUT_SECONDS = 5;

    private DatabaseSignIn() {
    }

    static DataSource dataSource(DatabaseSettings settings, IamTokens iam) {
        PGSimpleDataSource plain = new PGSimpleDataSource();
        plain.setURL(settings.jdbcUrl());
        plain.setUser(settings.user());
        plain.setConnectTimeout(CONNECT_TIMEOUT_SECONDS);
        plain.setLoginTimeout(CONNECT_TIMEOUT_SECONDS * 2);
        if (settings.auth() == DatabaseAuth.IAM) {
            return new IamTokenDataSource(plain, settings, iam);
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
