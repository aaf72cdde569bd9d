package com.intelliclaim.engine.sync;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.sync.ResponseTransformer;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.CreateMultipartUploadRequest;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryption;

/**
 * The {@link DocumentObjects} in an S3 bucket (AWS or any S3-compatible server), one object per document at
 * {@code documents/sha256/<hex>}, with server-side encryption (SSE-S3, or SSE-KMS with a key id). The SDK's own
 * checksums are off ({@code WHEN_REQUIRED}: S3-compatible servers reject them); the app hashes the file before it
 * sends it and hashes the bytes it receives before it keeps them. Files above the multipart threshold go up in parts,
 * one after the other, through the same synchronous client (no second HTTP stack); a failed multipart upload is
 * aborted. Thread-safe; close it to release its HTTP connections.
 */
public final class S3DocumentObjects implements DocumentObjects, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(S3DocumentObjects.class);
    static final String PREFIX = "documents/sha256/";
    private static final String SHA_METADATA = "sha256";

    private final S3Client client;
    private final S3Settings settings;

    S3DocumentObjects(S3Client client, S3Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    /** A client for these settings; credentials come from the provider (normally the default AWS chain). */
    public static S3DocumentObjects open(S3Settings settings, AwsCredentialsProvider credentials) {
        return new S3DocumentObjects(S3Clients.open(settings, credentials), settings);
    }

    static String key(String sha256) {
        return PREFIX + Sha256.checked(sha256);
    }

    /** Whether the bucket holds the object of these bytes (a HEAD request). */
    public boolean contains(String sha256) {
        try {
            client.headObject(b -> b.bucket(settings.bucket()).key(key(sha256)));
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        } catch (S3Exception e) {
            if (e.statusCode() == 404 && !S3Errors.isMissingBucket(e)) {
                return false;
            }
            throw S3Errors.plain(settings, "look for document " + sha256, e);
        } catch (RuntimeException e) {
            throw S3Errors.plain(settings, "look for document " + sha256, e);
        }
    }

    /**
     * Whether the bucket can be reached with these credentials (a HEAD of the bucket).
     *
     * @throws SyncException naming what is wrong
     */
    public void check() {
        try {
            client.headBucket(b -> b.bucket(settings.bucket()));
        } catch (RuntimeException e) {
            throw S3Errors.plain(settings, "reach the bucket", e);
        }
    }

    @Override
    public boolean upload(String sha256, Path file) {
        if (contains(sha256)) {
            return false;
        }
        String actual;
        long size;
        try {
            actual = Sha256.of(file);
            size = Files.size(file);
        } catch (IOException e) {
            throw new SyncException("The original file of document " + sha256 + " could not be read (" + file
                    + "): " + e.getMessage(), false, e);
        }
        if (!actual.equals(sha256)) {
            throw new SyncException("The original file of document " + sha256 + " in the data folder has changed"
                    + " (its SHA-256 is now " + actual + "); it was not sent.", false, null);
        }
        try {
            if (size > settings.multipartThreshold()) {
                uploadInParts(sha256, file, size);
            } else {
                client.putObject(encrypted(PutObjectRequest.builder()).bucket(settings.bucket()).key(key(sha256))
                        .contentLength(size).metadata(Map.of(SHA_METADATA, sha256)).build(),
                        RequestBody.fromFile(file));
            }
        } catch (SyncException e) {
            throw e;
        } catch (RuntimeException e) {
            throw S3Errors.plain(settings, "send document " + sha256, e);
        }
        LOG.debug("Sent document {} ({} bytes)", sha256, size);
        return true;
    }

    private PutObjectRequest.Builder encrypted(PutObjectRequest.Builder request) {
        return encrypted(settings, request);
    }

    /** The request asking for SSE-S3, or SSE-KMS with the settings' key (the bucket policy refuses anything else). */
    static PutObjectRequest.Builder encrypted(S3Settings settings, PutObjectRequest.Builder request) {
        return settings.kmsKeyId() == null ? request.serverSideEncryption(ServerSideEncryption.AES256)
                : request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId());
    }

    private CreateMultipartUploadRequest.Builder encrypted(CreateMultipartUploadRequest.Builder request) {
        return settings.kmsKeyId() == null ? request.serverSideEncryption(ServerSideEncryption.AES256)
                : request.serverSideEncryption(ServerSideEncryption.AWS_KMS).ssekmsKeyId(settings.kmsKeyId());
    }

    private void uploadInParts(String sha256, Path file, long size) {
        String key = key(sha256);
        String uploadId = client.createMultipartUpload(encrypted(CreateMultipartUploadRequest.builder())
                .bucket(settings.bucket()).key(key).metadata(Map.of(SHA_METADATA, sha256)).build()).uploadId();
        try {
            List<CompletedPart> parts = new ArrayList<>();
            long partSize = settings.partSize();
            int number = 1;
            for (long offset = 0; offset < size; offset += partSize, number++) {
                long length = Math.min(partSize, size - offset);
                int partNumber = number;
                // Streamed from the file: memory stays at the HTTP client's buffers whatever the file's size.
                String etag = client.uploadPart(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId)
                        .partNumber(partNumber).contentLength(length),
                        RequestBody.fromContentProvider(new FileRegion(file, offset, length), length,
                                "application/octet-stream")).eTag();
                parts.add(CompletedPart.builder().partNumber(partNumber).eTag(etag).build());
            }
            client.completeMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId)
                    .multipartUpload(m -> m.parts(parts)));
            LOG.info("Sent document {} in {} parts", sha256, parts.size());
        } catch (UncheckedIOException e) {
            abortQuietly(key, uploadId, e);
            throw new SyncException("The original file of document " + sha256 + " could not be read: "
                    + e.getCause().getMessage(), false, e);
        } catch (RuntimeException e) {
            abortQuietly(key, uploadId, e);
            throw e;
        }
    }

    private void abortQuietly(String key, String uploadId, Exception cause) {
        try {
            client.abortMultipartUpload(b -> b.bucket(settings.bucket()).key(key).uploadId(uploadId));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void download(String sha256, Path target) {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        MessageDigest digest = Sha256.digest();
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            client.getObject(b -> b.bucket(settings.bucket()).key(key(sha256)),
                    ResponseTransformer.unmanaged((response, in) -> {
                        try (OutputStream out = Files.newOutputStream(partial)) {
                            byte[] buffer = new byte[1 << 16];
                            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                                digest.update(buffer, 0, n);
                                out.write(buffer, 0, n);
                            }
                        }
                        return null;
                    }));
            String actual = Sha256.hex(digest);
            if (!actual.equals(sha256)) {
                throw new SyncException("The team's copy of document " + sha256 + " is damaged: its bytes have the"
                        + " SHA-256 " + actual + ". It was not kept.", false, null);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new SyncException("Document " + sha256 + " could not be written to " + target + ": "
                    + e.getMessage(), false, e);
        } catch (SyncException e) {
            throw e;
        } catch (RuntimeException e) {
            throw S3Errors.plain(settings, "fetch document " + sha256, e);
        } finally {
            deleteQuietly(partial);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete the partial download {}", file, e);
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
