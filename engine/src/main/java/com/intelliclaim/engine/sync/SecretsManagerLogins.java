package com.intelliclaim.engine.sync;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;
import software.amazon.awssdk.services.secretsmanager.model.ResourceNotFoundException;
import software.amazon.awssdk.services.secretsmanager.model.SecretsManagerException;

/**
 * The database login from an AWS Secrets Manager secret (the RDS-managed secret of a database user: JSON with
 * {@code username} and {@code password}), read with GetSecretValue when first needed and again when the database
 * refused it (the secret was rotated). The value stays in memory only. A client is made for each fetch, so nothing
 * needs closing. The endpoint is the SDK's default for the region, or {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}.
 */
final class SecretsManagerLogins implements DatabaseLogins {
    private static final Logger LOG = LoggerFactory.getLogger(SecretsManagerLogins.class);

    /** Makes a client for each fetch (tests give one with an endpoint of their own). */
    @FunctionalInterface
    interface Clients {
        SecretsManagerClient open();
    }

    private final String secretId;
    private final String region;
    private final Clients clients;
    private DatabaseLogin kept;

    SecretsManagerLogins(String secretId, String region, Clients clients) {
        this.secretId = secretId;
        this.region = region;
        this.clients = clients;
    }

    /** Logins from the secret in this region, read with these AWS credentials. */
    static SecretsManagerLogins of(String secretId, String region, AwsCredentialsProvider credentials) {
        return new SecretsManagerLogins(secretId, region, () -> SecretsManagerClient.builder()
                .region(Region.of(region)).credentialsProvider(credentials)
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(20)).build())
                .build());
    }

    @Override
    public synchronized DatabaseLogin current() {
        if (kept == null) {
            kept = fetch();
        }
        return kept;
    }

    @Override
    public synchronized DatabaseLogin refreshed() {
        kept = fetch();
        return kept;
    }

    private DatabaseLogin fetch() {
        try (SecretsManagerClient client = clients.open()) {
            String json = client.getSecretValue(b -> b.secretId(secretId)).secretString();
            LOG.info("Read the database login from secret {}", secretId);
            return SecretJson.login(secretId, json);
        } catch (ResourceNotFoundException e) {
            throw fault("The secret " + secretId + " does not exist in " + region + ": check INTELLICLAIM_DB_SECRET_ID"
                    + " (or --db-secret-id) and AWS_REGION.", false, e);
        } catch (SecretsManagerException e) {
            int status = e.statusCode();
            if (status == 400 || status == 403) {
                String code = e.awsErrorDetails() == null ? "HTTP " + status : e.awsErrorDetails().errorCode();
                throw fault("AWS Secrets Manager refused to give secret " + secretId + " (" + code + "): your AWS"
                        + " credentials need secretsmanager:GetSecretValue on it (and kms:Decrypt on its key).",
                        false, e);
            }
            throw fault("AWS Secrets Manager is not answering properly (HTTP " + status + "); sync will try"
                    + " again.", true, e);
        } catch (SdkClientException e) {
            if (String.valueOf(e.getMessage()).contains("credentials")) {
                throw fault("No AWS credentials were found to read secret " + secretId + ": run `aws sso login`,"
                        + " set AWS_PROFILE, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.", false, e);
            }
            throw fault("AWS Secrets Manager could not be reached to read secret " + secretId + "; sync will try"
                    + " again.", true, e);
        }
    }

    private static SyncException fault(String message, boolean retryable, Exception cause) {
        return new SyncException(message, retryable, cause);
    }
}
