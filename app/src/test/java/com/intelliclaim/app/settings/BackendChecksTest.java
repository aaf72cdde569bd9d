package com.intelliclaim.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The checks behind the team-backend settings: each value accepted, or refused with words naming it. */
class BackendChecksTest {
    @TempDir
    static Path tmp;

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of("bucket", (Function<String, Optional<String>>) BackendChecks::bucket, "team-docs.v2", null),
                Arguments.of("bucket", (Function<String, Optional<String>>) BackendChecks::bucket, "", "Enter the team's S3 bucket"),
                Arguments.of("bucket", (Function<String, Optional<String>>) BackendChecks::bucket, "Team_Docs", "\"Team_Docs\" is not an S3 bucket name"),
                Arguments.of("bucket", (Function<String, Optional<String>>) BackendChecks::bucket, "ab", "\"ab\" is not an S3 bucket name"),
                Arguments.of("bucket", (Function<String, Optional<String>>) BackendChecks::bucket, "a..b", "\"a..b\" is not"),
                Arguments.of("endpoint", (Function<String, Optional<String>>) BackendChecks::endpoint, "", null),
                Arguments.of("endpoint", (Function<String, Optional<String>>) BackendChecks::endpoint, "http://127.0.0.1:9000", null),
                Arguments.of("endpoint", (Function<String, Optional<String>>) BackendChecks::endpoint, "s3.example.com", "must start with http://"),
                Arguments.of("endpoint", (Function<String, Optional<String>>) BackendChecks::endpoint, "http://", "is not a web address"),
                Arguments.of("region", (Function<String, Optional<String>>) BackendChecks::region, "ap-south-1", null),
                Arguments.of("region", (Function<String, Optional<String>>) BackendChecks::region, "us-gov-west-1", null),
                Arguments.of("region", (Function<String, Optional<String>>) BackendChecks::region, "", "Enter the AWS region"),
                Arguments.of("region", (Function<String, Optional<String>>) BackendChecks::region, "Mumbai", "\"Mumbai\" is not an AWS region"),
                Arguments.of("kms", (Function<String, Optional<String>>) BackendChecks::kmsKeyId, "alias/claims", null),
                Arguments.of("kms", (Function<String, Optional<String>>) BackendChecks::kmsKeyId, "my key", "no spaces"),
                Arguments.of("jdbc", (Function<String, Optional<String>>) BackendChecks::jdbcUrl, "jdbc:postgresql://db:5432/team", null),
                Arguments.of("jdbc", (Function<String, Optional<String>>) BackendChecks::jdbcUrl, "", "Enter the team database's address"),
                Arguments.of("jdbc", (Function<String, Optional<String>>) BackendChecks::jdbcUrl, "jdbc:mysql://db/team", "must start with jdbc:postgresql://"),
                Arguments.of("jdbc", (Function<String, Optional<String>>) BackendChecks::jdbcUrl, "jdbc:postgresql:///team", "and a server name"),
                Arguments.of("ssl", (Function<String, Optional<String>>) BackendChecks::sslMode, "verify-full", null),
                Arguments.of("ssl", (Function<String, Optional<String>>) BackendChecks::sslMode, "", null),
                Arguments.of("ssl", (Function<String, Optional<String>>) BackendChecks::sslMode, "strict", "\"strict\" is not an SSL mode"),
                Arguments.of("cert", (Function<String, Optional<String>>) BackendChecks::rootCertificate, "", null),
                Arguments.of("cert", (Function<String, Optional<String>>) BackendChecks::rootCertificate, "certs/ca.pem", "is a relative path"),
                Arguments.of("cert", (Function<String, Optional<String>>) BackendChecks::rootCertificate, "/no/such/ca.pem", "There is no file /no/such/ca.pem"),
                Arguments.of("user", (Function<String, Optional<String>>) BackendChecks::dbUser, " ", "Enter the database user"),
                Arguments.of("password", (Function<String, Optional<String>>) BackendChecks::password, "", "Enter the database password"),
                Arguments.of("secret", (Function<String, Optional<String>>) BackendChecks::secretId, "", null),
                Arguments.of("secret", (Function<String, Optional<String>>) BackendChecks::secretId, "rds!db-1a2b3c4d-5e6f", null),
                Arguments.of("secret", (Function<String, Optional<String>>) BackendChecks::secretId, "team/claims-db_login+ro@prod=1.0", null),
                Arguments.of("secret", (Function<String, Optional<String>>) BackendChecks::secretId, "arn:aws:secretsmanager:ap-south-1:123456789012:secret:rds!db-1a2b-AbCdEf", null),
                Arguments.of("secret", (Function<String, Optional<String>>) BackendChecks::secretId, "team db login", "\"team db login\" is not a Secrets Manager secret id"),
                Arguments.of("secret", (Function<String, Optional<String>>) BackendChecks::secretId, "login#1", "the secret's name (e.g. rds!db-1234abcd) or its ARN"),
                Arguments.of("interval", (Function<String, Optional<String>>) BackendChecks::interval, "300", null),
                Arguments.of("interval", (Function<String, Optional<String>>) BackendChecks::interval, "5", "5 seconds is out of range"),
                Arguments.of("interval", (Function<String, Optional<String>>) BackendChecks::interval, "often", "\"often\" is not a whole number"));
    }

    @ParameterizedTest(name = "{0}: \"{2}\"")
    @MethodSource("values")
    void eachValueIsAcceptedOrRefusedInPlainWords(String field, Function<String, Optional<String>> check, String value,
                                                  String problem) {
        if (problem == null) {
            assertThat(check.apply(value)).as(field).isEmpty();
        } else {
            assertThat(check.apply(value)).as(field).hasValueSatisfying(p -> assertThat(p).contains(problem));
        }
    }

    @Test
    void anExistingCertificateFileIsAccepted() throws Exception {
        Path cert = Files.writeString(tmp.resolve("ca.pem"), "-----BEGIN CERTIFICATE-----\n");
        assertThat(BackendChecks.rootCertificate(cert.toString())).isEmpty();
        assertThat(BackendChecks.rootCertificate(tmp.toString())).hasValueSatisfying(p -> assertThat(p)
                .startsWith("There is no file"));
    }
}
