package com.intelliclaim.engine.sync;

import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Signs in each new connection with a fresh IAM auth token as its password. A token is made (signed locally) for
 * every connection the pool opens, and the pool renews connections after ten minutes, so no connection is opened with
 * a token near its fifteen-minute end and an open connection outlives its token harmlessly (RDS checks it only at
 * sign-in). The token is never stored.
 */
final class IamTokenDataSource extends SignInDataSource {
    private final DatabaseSettings settings;
    private final IamTokens tokens;
    private final String host;
    private final int port;

    IamTokenDataSource(PGSimpleDataSource target, DatabaseSettings settings, IamTokens tokens) {
        super(target);
        this.settings = settings;
        this.tokens = tokens;
        URI uri = URI.create(settings.jdbcUrl().substring("jdbc:".length()));
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
    }

    /** The token this data source would sign in with now (for tests and "sync doctor"). */
    String currentToken() {
        return tokens.token(host, port, settings.user());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return target.getConnection(settings.user(), currentToken());
    }
}
