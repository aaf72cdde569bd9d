package com.intelliclaim.app.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** The checks behind the team-backend part of Settings. Each returns the problem in plain words, or empty. */
public final class BackendChecks {
    static final List<String> SSL_MODES = List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    private static final Pattern BUCKET = Pattern.compile("[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-\\d{1,2}");
    private static final String JDBC_PREFIX = "jdbc:postgresql://";
    /** A secret's name (AWS allows letters, digits and /_+=.@-; RDS adds !) or its ARN (with colons). */
    private static final Pattern SECRET_ID = Pattern.compile("[A-Za-z0-9/_+=.@!:-]{1,2048}");

    private BackendChecks() {
    }

    public static Optional<String> bucket(String text) {
        String value = strip(text);
        if (value.isEmpty()) {
            return Optional.of("Enter the team's S3 bucket.");
        }
        if (!BUCKET.matcher(value).matches() || value.contains("..")) {
            return Optional.of("\"" + value + "\" is not an S3 bucket name: 3 to 63 lower-case letters, digits, dots"
                    + " and hyphens, starting and ending with a letter or digit.");
        }
        return Optional.empty();
    }

    /** Blank means AWS itself. */
    public static Optional<String> endpoint(String text) {
        String value = strip(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                return Optional.of("\"" + value + "\" must start with http:// or https://.");
            }
            if (uri.getHost() == null) {
                return Optional.of("\"" + value + "\" names no server (expected e.g. https://s3.example.com).");
            }
            return Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.of("\"" + value + "\" is not a web address (" + e.getReason() + ").");
        }
    }

    public static Optional<String> region(String text) {
        String value = strip(text);
        if (value.isEmpty()) {
            return Optional.of("Enter the AWS region, e.g. ap-south-1.");
        }
        if (!REGION.matcher(value).matches()) {
            return Optional.of("\"" + value + "\" is not an AWS region name such as ap-south-1 or us-east-1.");
        }
        return Optional.empty();
    }

    /** Blank means SSE-S3. */
    public static Optional<String> kmsKeyId(String text) {
        String value = strip(text);
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("A KMS key id has no spaces (a key id, alias/NAME or an ARN).");
        }
        return Optional.empty();
    }

    public static Optional<String> jdbcUrl(String text) {
        String value = strip(text);
        if (value.isEmpty()) {
            return Optional.of("Enter the team database's address, e.g. jdbc:postgresql://db.example.com:5432/team.");
        }
        if (!value.startsWith(JDBC_PREFIX) || value.length() == JDBC_PREFIX.length()
                || value.charAt(JDBC_PREFIX.length()) == '/') {
            return Optional.of("\"" + value + "\" must start with jdbc:postgresql:// and a server name.");
        }
        if (value.chars().anyMatch(Character::isWhitespace)) {
            return Optional.of("\"" + value + "\" contains a space.");
        }
        return Optional.empty();
    }

    /** Blank means the driver's default, or what the address says. */
    public static Optional<String> sslMode(String text) {
        String value = strip(text);
        if (value.isEmpty() || SSL_MODES.contains(value)) {
            return Optional.empty();
        }
        return Optional.of("\"" + value + "\" is not an SSL mode; use one of " + String.join(", ", SSL_MODES) + ".");
    }

    /** Blank means none (the system's trusted certificates). */
    public static Optional<String> rootCertificate(String text) {
        String value = strip(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(value);
            if (!path.isAbsolute()) {
                return Optional.of("\"" + value + "\" is a relative path; give the full path of the certificate file.");
            }
            if (!Files.isRegularFile(path)) {
                return Optional.of("There is no file " + value + ".");
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("\"" + value + "\" is not a valid file path (" + e.getReason() + ").");
        }
    }

    public static Optional<String> dbUser(String text) {
        return strip(text).isEmpty() ? Optional.of("Enter the database user.") : Optional.empty();
    }

    public static Optional<String> password(String text) {
        return text == null || text.isEmpty() ? Optional.of("Enter the database password, give a Secrets Manager"
                + " secret instead, or choose IAM sign-in.") : Optional.empty();
    }

    /** Blank means none (a password or IAM signs in). */
    public static Optional<String> secretId(String text) {
        String value = strip(text);
        if (value.isEmpty() || SECRET_ID.matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of("\"" + value + "\" is not a Secrets Manager secret id: give the secret's name (e.g."
                + " rds!db-1234abcd) or its ARN, with no spaces.");
    }

    public static Optional<String> interval(String text) {
        String value = strip(text);
        long seconds;
        try {
            seconds = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Optional.of("\"" + value + "\" is not a whole number of seconds.");
        }
        if (seconds < BackendSettings.MIN_INTERVAL || seconds > BackendSettings.MAX_INTERVAL) {
            return Optional.of(seconds + " seconds is out of range; enter " + BackendSettings.MIN_INTERVAL + " to "
                    + BackendSettings.MAX_INTERVAL + ".");
        }
        return Optional.empty();
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }
}
