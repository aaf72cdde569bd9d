package com.intelliclaim.engine.sync;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.ServerSideEncryptionRule;

/**
 * The bucket's part of {@code sync doctor}: reachable (HEAD of the bucket), writable (a small probe object of a known
 * hash put under {@code documents/sha256/}, read back and checked, then deleted), and default encryption on. Each
 * check stands alone: one failing does not stop the next.
 */
final class BucketChecks {
    private static final Logger LOG = LoggerFactory.getLogger(BucketChecks.class);
    /** The probe's bytes; their SHA-256 names the one object the analysts' policy lets the app delete. */
    static final String PROBE_TEXT = "IntelliClaim sync doctor probe. This object may be deleted.\n";
    static final String PROBE_SHA256 = Sha256.of(PROBE_TEXT);

    private final S3Client client;
    private final S3Settings settings;

    BucketChecks(S3Client client, S3Settings settings) {
        this.client = client;
        this.settings = settings;
    }

    List<DoctorCheck> run() {
        return List.of(reachable(), writable(), encryption());
    }

    DoctorCheck reachable() {
        String name = "Bucket reachable";
        try {
            client.headBucket(b -> b.bucket(settings.bucket()));
            return DoctorCheck.pass(name, "The " + settings.describe() + " answered.");
        } catch (RuntimeException e) {
            return DoctorCheck.fail(name, plain(S3Errors.plain(settings, "reach the bucket", e)));
        }
    }

    DoctorCheck writable() {
        String name = "Bucket writable";
        String key = S3DocumentObjects.key(PROBE_SHA256);
        byte[] bytes = PROBE_TEXT.getBytes(StandardCharsets.UTF_8);
        try {
            client.putObject(S3DocumentObjects.encrypted(settings, PutObjectRequest.builder()).bucket(settings.bucket())
                    .key(key).contentLength((long) bytes.length).metadata(Map.of("sha256", PROBE_SHA256)).build(),
                    RequestBody.fromBytes(bytes));
            ResponseBytes<GetObjectResponse> back = client.getObjectAsBytes(b -> b.bucket(settings.bucket()).key(key));
            MessageDigest digest = Sha256.digest();
            digest.update(back.asByteArray());
            if (!Sha256.hex(digest).equals(PROBE_SHA256)) {
                return DoctorCheck.fail(name, "A probe object was written to " + key + " but came back with other"
                        + " bytes: the document store does not keep what it is sent. Tell your administrator.");
            }
        } catch (RuntimeException e) {
            return DoctorCheck.fail(name, plain(S3Errors.plain(settings, "write and read back a probe object at "
                    + key, e)) + " Analysts need s3:PutObject and s3:GetObject on documents/sha256/* of the bucket"
                    + " (packaging/aws/analyst-policy.json).");
        }
        return DoctorCheck.pass(name, "A probe object was written to " + key + ", read back with the right SHA-256"
                + deleted(key));
    }

    private String deleted(String key) {
        try {
            client.deleteObject(b -> b.bucket(settings.bucket()).key(key));
            return " and deleted.";
        } catch (RuntimeException e) {
            LOG.info("The doctor's probe object {} could not be deleted", key, e);
            return "; it could not be deleted (" + brief(e) + "), which is harmless: it is " + PROBE_TEXT.length()
                    + " bytes under its own hash.";
        }
    }

    DoctorCheck encryption() {
        String name = "Default encryption";
        try {
            var answer = client.getBucketEncryption(b -> b.bucket(settings.bucket()));
            List<ServerSideEncryptionRule> rules = answer.serverSideEncryptionConfiguration() == null ? List.of()
                    : answer.serverSideEncryptionConfiguration().rules();
            if (rules.isEmpty()) {
                // AWS answers a bucket without default encryption with an error, never with an empty rule list;
                // an S3-compatible server that does not know the request may answer it as a listing instead.
                LOG.info("GetBucketEncryption answered without rules: {}", answer.sdkHttpResponse().statusCode());
                return unreadable(name, "the server's answer named no encryption rule");
            }
            return DoctorCheck.pass(name, "On: " + rules.stream().map(BucketChecks::describe)
                    .collect(Collectors.joining(", ")) + ".");
        } catch (S3Exception e) {
            String code = e.awsErrorDetails() == null ? "" : e.awsErrorDetails().errorCode();
            if ("ServerSideEncryptionConfigurationNotFoundError".equals(code)) {
                return off(name);
            }
            if (e.statusCode() == 501 || "NotImplemented".equals(code) || "AccessDenied".equals(code)) {
                LOG.info("The bucket's default encryption could not be read", e);
                return unreadable(name, brief(e));
            }
            return DoctorCheck.fail(name, "Could not be read: " + plain(S3Errors.plain(settings,
                    "read the bucket's default encryption", e)));
        } catch (RuntimeException e) {
            return DoctorCheck.fail(name, "Could not be read: " + plain(S3Errors.plain(settings,
                    "read the bucket's default encryption", e)));
        }
    }

    /** Not a failure: the app asks for encryption on every upload, and the bucket policy refuses uploads without. */
    private DoctorCheck unreadable(String name, String why) {
        return DoctorCheck.pass(name, "The bucket's default encryption could not be read (" + why + "); every upload"
                + " asks for " + (settings.kmsKeyId() == null ? "SSE-S3" : "SSE-KMS") + " itself.");
    }

    private DoctorCheck off(String name) {
        return DoctorCheck.fail(name, "Default encryption is off for bucket " + settings.bucket() + ": ask your"
                + " administrator to turn on SSE-S3 or SSE-KMS (packaging/aws/README.md).");
    }

    private static String describe(ServerSideEncryptionRule rule) {
        var apply = rule.applyServerSideEncryptionByDefault();
        if (apply == null) {
            return "a rule without a default";
        }
        String algorithm = apply.sseAlgorithmAsString();
        return apply.kmsMasterKeyID() == null ? algorithm : algorithm + " with key " + apply.kmsMasterKeyID();
    }

    private static String brief(RuntimeException e) {
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null && s3.awsErrorDetails().errorCode() != null) {
            return s3.awsErrorDetails().errorCode() + ", HTTP " + s3.statusCode();
        }
        return e instanceof S3Exception s3 ? "HTTP " + s3.statusCode() : "no answer";
    }

    /** The message for the analyst; the technical cause goes to the log once. */
    private static String plain(SyncException e) {
        LOG.info("sync doctor: {}", e.getMessage(), e);
        return e.getMessage().replace("; sync will try again.", ": check the endpoint, the region and your network.");
    }
}
