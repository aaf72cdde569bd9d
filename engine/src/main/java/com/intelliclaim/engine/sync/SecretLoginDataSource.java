package com.intelliclaim.engine.sync;

import java.sql.Connection;
import java.sql.SQLException;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs in with the login a secret holds: the kept one, and when the server refuses it (SQL state class 28: the
 * secret was rotated since it was read) the secret read again and one more try, only if it changed. The user is the
 * secret's {@code username}, else the configured user.
 */
final class SecretLoginDataSource extends SignInDataSource {
    private static final Logger LOG = LoggerFactory.getLogger(SecretLoginDataSource.class);

    private final DatabaseSettings settings;
    private final DatabaseLogins logins;

    SecretLoginDataSource(PGSimpleDataSource target, DatabaseSettings settings, DatabaseLogins logins) {
        super(target);
        this.settings = settings;
        this.logins = logins;
    }

    @Override
    public Connection getConnection() throws SQLException {
        DatabaseLogin login = logins.current();
        try {
            return signIn(login);
        } catch (SQLException refused) {
            if (refused.getSQLState() == null || !refused.getSQLState().startsWith("28")) {
                throw refused;
            }
            DatabaseLogin fresh = logins.refreshed();
            if (fresh.equals(login)) {
                throw refused;
            }
            LOG.info("The database refused the login of secret {}; it has changed since, signing in again",
                    settings.secretId());
            return signIn(fresh);
        }
    }

    private Connection signIn(DatabaseLogin login) throws SQLException {
        return target.getConnection(user(login), login.password());
    }

    String user(DatabaseLogin login) {
        return login.user() != null ? login.user() : settings.user();
    }
}
