package com.intelliclaim.engine.sync;

/**
 * The team's PostgreSQL: a JDBC URL (TLS settings such as {@code sslmode=verify-full&sslrootcert=...} go in it), the
 * database user, and how to sign in: a password given, a password from an AWS Secrets Manager secret
 * ({@code secretId}: JSON with {@code username} and {@code password}, as RDS keeps a managed password; its username,
 * when it has one, is the user), or IAM authentication (then {@code region} signs the token and no password is used).
 * {@code region} is also the secret's region.
 */
public record DatabaseSettings(String jdbcUrl, String user, String password, DatabaseAuth auth, String region,
                               String secretId) {
    public DatabaseSettings {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql://")) {
            throw new IllegalArgumentException("The database URL must start with jdbc:postgresql://, not "
                    + (jdbcUrl == null || jdbcUrl.isBlank() ? "nothing" : jdbcUrl)
                    + ": give --jdbc-url or INTELLICLAIM_JDBC_URL.");
        }
        if (auth == null) {
            auth = DatabaseAuth.PASSWORD;
        }
        secretId = secretId == null || secretId.isBlank() ? null : secretId.strip();
        boolean hasPassword = password != null && !password.isEmpty();
        if ((user == null || user.isBlank()) && secretId == null) {
            throw new IllegalArgumentException("No database user is set: give --db-user or INTELLICLAIM_DB_USER.");
        }
        if (auth == DatabaseAuth.PASSWORD && !hasPassword && secretId == null) {
            throw new IllegalArgumentException("No database password is set: set INTELLICLAIM_DB_PASSWORD or"
                    + " INTELLICLAIM_DB_SECRET_ID, or use INTELLICLAIM_DB_AUTH=iam.");
        }
        if (secretId != null && (hasPassword || auth == DatabaseAuth.IAM)) {
            throw new IllegalArgumentException("The database secret " + secretId + " is a way to sign in with a"
                    + " password: give either it or " + (hasPassword ? "a password" : "IAM authentication")
                    + ", not both.");
        }
        if ((auth == DatabaseAuth.IAM || secretId != null) && (region == null || region.isBlank())) {
            throw new IllegalArgumentException((secretId != null ? "Reading the database secret"
                    : "IAM database authentication") + " needs a region: set AWS_REGION.");
        }
    }

    /** Settings that sign in with a password given, or with IAM; no secret. */
    public DatabaseSettings(String jdbcUrl, String user, String password, DatabaseAuth auth, String region) {
        this(jdbcUrl, user, password, auth, region, null);
    }

    /** The URL without its parameters, for messages (never the password). */
    public String describe() {
        int query = jdbcUrl.indexOf('?');
        return (query < 0 ? jdbcUrl : jdbcUrl.substring(0, query))
                + (user == null || user.isBlank() ? " as the user of secret " + secretId : " as " + user);
    }

    /**
     * These settings with the URL's TLS parameters set: {@code sslmode} ({@code disable}, {@code allow},
     * {@code prefer}, {@code require}, {@code verify-ca}, {@code verify-full}) and {@code sslrootcert} (a PEM file of
     * the server's root certificate, e.g. RDS's global-bundle.pem). A null argument leaves that parameter as it is.
     */
    public DatabaseSettings withTls(String sslmode, java.nio.file.Path rootCertificate) {
        String url = jdbcUrl;
        if (sslmode != null && !sslmode.isBlank()) {
            if (!SSL_MODES.contains(sslmode)) {
                throw new IllegalArgumentException("The TLS mode must be one of " + String.join(", ", SSL_MODES)
                        + ", not " + sslmode + ".");
            }
            url = withParameter(url, "sslmode", sslmode);
        }
        if (rootCertificate != null) {
            if (!java.nio.file.Files.isRegularFile(rootCertificate)) {
                throw new IllegalArgumentException("The database's root certificate " + rootCertificate
                        + " is not a file.");
            }
            url = withParameter(url, "sslrootcert", rootCertificate.toAbsolutePath().toString());
        }
        return new DatabaseSettings(url, user, password, auth, region, secretId);
    }

    private static final java.util.List<String> SSL_MODES = java.util.List.of("disable", "allow", "prefer", "require",
            "verify-ca", "verify-full");

    private static String withParameter(String url, String name, String value) {
        String encoded = java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        int query = url.indexOf('?');
        if (query < 0) {
            return url + "?" + name + "=" + encoded;
        }
        StringBuilder kept = new StringBuilder(url.substring(0, query + 1));
        for (String pair : url.substring(query + 1).split("&")) {
            if (!pair.isEmpty() && !pair.startsWith(name + "=")) {
                kept.append(pair).append('&');
            }
        }
        return kept.append(name).append('=').append(encoded).toString();
    }

    /** The URL's value of a parameter ({@code sslmode}, {@code sslrootcert}, …), or null. */
    public String urlParameter(String name) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return null;
        }
        for (String pair : jdbcUrl.substring(query + 1).split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0 && pair.substring(0, equals).equals(name)) {
                return java.net.URLDecoder.decode(pair.substring(equals + 1), java.nio.charset.StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[" + describe() + ", auth=" + auth + (secretId == null ? "" : ", secret=" + secretId)
                + "]";
    }
}
