package com.intelliclaim.engine.sync;

import java.net.URI;

/**
 * Where the team's document bytes live. {@code endpoint} null means AWS itself (the region's S3 endpoint);
 * {@code pathStyle} is for S3-compatible servers that do not serve bucket names as host names. {@code kmsKeyId}
 * null means SSE-S3 (AES256), otherwise SSE-KMS with that key. {@code multipartThreshold} and {@code partSize} are in
 * bytes (S3 wants parts of at least 5 MiB, except the last).
 */
public record S3Settings(String bucket, URI endpoint, boolean pathStyle, String region, String kmsKeyId,
                         long multipartThreshold, long partSize) {
    public static final long MIN_PART = 5L * 1024 * 1024;
    public static final long DEFAULT_THRESHOLD = 16L * 1024 * 1024;
    public static final long DEFAULT_PART = 8L * 1024 * 1024;

    public S3Settings {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalArgumentException("No S3 bucket is set: give --s3-bucket or INTELLICLAIM_S3_BUCKET.");
        }
        if (region == null || region.isBlank()) {
            throw new IllegalArgumentException("No AWS region is set: give --region or AWS_REGION.");
        }
        if (partSize < MIN_PART || multipartThreshold < partSize) {
            throw new IllegalArgumentException("Parts must be at least 5 MiB and the multipart threshold at least one"
                    + " part, not part " + partSize + " and threshold " + multipartThreshold + ".");
        }
    }

    /** Settings with the default multipart sizes. */
    public static S3Settings of(String bucket, URI endpoint, boolean pathStyle, String region, String kmsKeyId) {
        return new S3Settings(bucket, endpoint, pathStyle, region, kmsKeyId, DEFAULT_THRESHOLD, DEFAULT_PART);
    }

    public S3Settings withParts(long threshold, long part) {
        return new S3Settings(bucket, endpoint, pathStyle, region, kmsKeyId, threshold, part);
    }

    /** Where the store is, for messages. */
    public String describe() {
        return "bucket " + bucket + (endpoint == null ? " (AWS " + region + ")" : " at " + endpoint);
    }
}
