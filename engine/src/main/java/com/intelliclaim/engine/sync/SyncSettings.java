package com.intelliclaim.engine.sync;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * Everything a sync pass needs to reach the team: the document store, the database, the AWS credentials (the default
 * chain: environment, profiles, SSO — the app never stores a secret), the analyst's name for who/when, and how often
 * to try (attempts of one pass, with the backoff between them).
 */
public record SyncSettings(S3Settings s3, DatabaseSettings database, AwsCredentialsProvider credentials,
                           String analyst, int attempts, Backoff backoff) {
    public SyncSettings {
        if (credentials == null) {
            credentials = DefaultCredentialsProvider.builder().build();
        }
        if (analyst == null || analyst.isBlank()) {
            analyst = System.getProperty("user.name", "analyst");
        }
        if (attempts < 1) {
            throw new IllegalArgumentException("Sync needs at least one attempt, not " + attempts + ".");
        }
        if (backoff == null) {
            backoff = Backoff.standard();
        }
    }
}
