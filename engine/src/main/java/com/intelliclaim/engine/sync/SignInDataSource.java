package com.intelliclaim.engine.sync;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A data source that decides the user and password of each new connection itself (an IAM token, a secret's login)
 * and opens it through the driver's plain data source, whose URL carries the TLS settings. Subclasses give
 * {@link #getConnection()}; a user and password handed in are ignored.
 */
abstract class SignInDataSource implements DataSource {
    protected final PGSimpleDataSource target;

    SignInDataSource(PGSimpleDataSource target) {
        this.target = target;
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
