package com.intelliclaim.engine.sync;

import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** The one way the app builds its S3 client, for sync and for {@code sync doctor} alike. */
final class S3Clients {
    private S3Clients() {
    }

    /**
     * A client for these settings. The SDK's own checksums are off ({@code WHEN_REQUIRED}: S3-compatible servers
     * reject them; the app hashes the bytes itself). The caller closes it.
     */
    static S3Client open(S3Settings settings, AwsCredentialsProvider credentials) {
        var builder = S3Client.builder()
                .region(Region.of(settings.region()))
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder().connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)).build())
                // The sync worker retries with its own backoff; one quick retry here covers a dropped connection.
                .overrideConfiguration(c -> c.retryStrategy(b -> b.maxAttempts(2)));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        return builder.build();
    }
}
