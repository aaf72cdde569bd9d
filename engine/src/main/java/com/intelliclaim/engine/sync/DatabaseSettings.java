package com.intelliclaim.engine.sync;

/**
 * The team's PostgreSQL: a JDBC URL (TLS settings such as {@code sslmode=verify-full&sslrootcert=...} go in it), the
 * database user, and either a password or IAM authentication (then {@code region} signs the token and the password
 * is unused).
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, DatabaseAuth auth, String region) {
    public DatabaseSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("The database URL must start with jdbc:postgresql://, not "
                    + (jdbcUrl == null || jdbcUrl.isBlank() ? "nothing" : jdbcUrl)
                    + ": give --jdbc-url or INTELLICLAIM_JDBC_URL.");
        }
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("No database user is set: give --db-user or INTELLICLAIM_DB_USER.");
        }
        if (auth == null) {
            auth = DatabaseAuth.PASSWORD;
        }
        if (auth == DatabaseAuth.PASSWORD && (password == null || password.isEmpty())) {
            throw new IllegalArgumentException("No database password is set: set INTELLICLAIM_DB_PASSWORD, or use"
                    + " INTELLICLAIM_DB_AUTH=iam.");
        }
        if (auth == DatabaseAuth.IAM && (region == null || region.isBlank())) {
            throw new IllegalArgumentException("IAM database authentication needs a region: set AWS_REGION.");
        }
    }

    /** The URL without its parameters, for messages (never the password). */
    public String describe() {
        int query = jdbcUrl.indexOf('?');
        return (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query)) + " as " + user;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", auth=" + auth + "]";
    }
}
