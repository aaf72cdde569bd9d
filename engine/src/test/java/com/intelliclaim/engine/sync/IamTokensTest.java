package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * IAM database authentication down to the token it builds (signing is local; a real RDS is needed to accept it,
 * which these tests cannot reach).
 */
class IamTokensTest {

    @Test
    void theTokenIsAPresignedConnectRequestForTheHostPortAndUser() {
        DatabaseSettings settings = new DatabaseSettings(
                "jdbc:postgresql://team-db.abc123.eu-west-1.rds.amazonaws.com:5433/claims?sslmode=verify-full",
                "analyst_asha", null, DatabaseAuth.IAM, "eu-west-1");
        RdsIamTokens tokens = new RdsIamTokens("eu-west-1", TestS3.credentials());
        String token = new IamTokenDataSource(new PGSimpleDataSource(), settings, tokens).currentToken();

        URI uri = URI.create("https://" + token);
        String query = URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
        assertThat(uri.getHost()).isEqualTo("team-db.abc123.eu-west-1.rds.amazonaws.com");
        assertThat(uri.getPort()).isEqualTo(5433);
        assertThat(query).contains("Action=connect").contains("DBUser=analyst_asha")
                .contains("X-Amz-Credential=" + TestS3.ACCESS_KEY + "/").contains("/eu-west-1/rds-db/aws4_request")
                .contains("X-Amz-Expires=900").contains("X-Amz-Signature=");
    }

    @Test
    void everyNewConnectionSignsInWithATokenMadeForIt() throws Exception {
        String closed = "jdbc:postgresql://127.0.0.1:" + TestBackend.closedPort() + "/claims";
        DatabaseSettings settings = new DatabaseSettings(closed, "analyst_asha", null, DatabaseAuth.IAM, "eu-west-1");
        java.util.List<String> made = new java.util.ArrayList<>();
        RdsIamTokens rds = new RdsIamTokens("eu-west-1", TestS3.credentials());
        javax.sql.DataSource dataSource = DatabaseSignIn.dataSource(settings, (host, port, user) -> {
            String token = rds.token(host, port, user);
            made.add(token);
            return token;
        }, null);
        for (int attempt = 0; attempt < 2; attempt++) {
            org.assertj.core.api.Assertions.assertThatThrownBy(dataSource::getConnection)
                    .isInstanceOf(java.sql.SQLException.class);
            Thread.sleep(1100); // the token's signing time has a resolution of one second
        }
        assertThat(made).as("one fresh token per connection, never one kept").hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void theDefaultPortIsPostgresqls() {
        DatabaseSettings settings = new DatabaseSettings("jdbc:postgresql://db.internal/claims", "u", null,
                DatabaseAuth.IAM, "us-east-1");
        String[] seen = new String[3];
        new IamTokenDataSource(new PGSimpleDataSource(), settings, (host, port, user) -> {
            seen[0] = host;
            seen[1] = Integer.toString(port);
            seen[2] = user;
            return "token";
        }).currentToken();
        assertThat(seen).containsExactly("db.internal", "5432", "u");
    }
}
