package com.intelliclaim.engine.sync;

import java.io.PrintWriter;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Signs in each new connection with a fresh IAM auth token as its password. The pool renews connections after ten
 * minutes, so no connection is opened with a token near its fifteen-minute end. The token is never stored.
 */
final class IamTokenDataSource implements DataSource {
    private final PGSimpleDataSource target;
    private final DatabaseSettings settings;
    private final IamTokens tokens;
    private final String host;
    private final int port;

    IamTokenDataSource(PGSimpleDataSource target, DatabaseSettings settings, IamTokens tokens) {
        this.target = target;
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

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no JDBC log writer: the app logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        target.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return target.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
