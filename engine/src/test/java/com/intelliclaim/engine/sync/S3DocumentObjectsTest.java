package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.jclouds.blobstore.domain.Blob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** The S3 document store against a real S3 API server (s3proxy on 127.0.0.1). */
class S3DocumentObjectsTest {
    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    @TempDir
    Path tmp;

    private S3DocumentObjects objects() {
        return S3DocumentObjects.open(backend.s3Settings(), TestS3.credentials());
    }

    private Path file(String name, byte[] bytes) throws IOException {
        return Files.write(tmp.resolve(name), bytes);
    }

    @Test
    void aFileGoesUpOnceUnderItsHashAndComesBackIdentical() throws Exception {
        byte[] bytes = "policy wording, clause 4.2".getBytes(StandardCharsets.UTF_8);
        Path source = file("policy.txt", bytes);
        String sha = Sha256.of(source);
        try (S3DocumentObjects objects = objects()) {
            assertThat(objects.contains(sha)).isFalse();
            assertThat(objects.upload(sha, source)).as("first upload sends").isTrue();
            assertThat(objects.upload(sha, source)).as("second upload finds it and sends nothing").isFalse();
            Path back = tmp.resolve("down/" + sha);
            objects.download(sha, back);
            assertThat(back).hasBinaryContent(bytes);
        }
        Blob blob = backend.s3().blobs().getBlob(backend.bucket(), "documents/sha256/" + sha);
        assertThat(blob.getMetadata().getUserMetadata()).containsEntry("sha256", sha);
    }

    @Test
    void aLargeFileGoesUpInPartsAndComesBackWithTheRightHash() throws Exception {
        byte[] bytes = new byte[12 * 1024 * 1024 + 123];
        new Random(7).nextBytes(bytes);
        Path source = file("large.bin", bytes);
        String sha = Sha256.of(source);
        S3Settings settings = backend.s3Settings().withParts(S3Settings.MIN_PART, S3Settings.MIN_PART);
        try (S3DocumentObjects objects = S3DocumentObjects.open(settings, TestS3.credentials())) {
            assertThat(objects.upload(sha, source)).isTrue();
            Path back = tmp.resolve("large.back");
            objects.download(sha, back);
            assertThat(Sha256.of(back)).isEqualTo(sha);
        }
        assertThat(backend.s3().blobs().blobMetadata(backend.bucket(), "documents/sha256/" + sha).getSize())
                .isEqualTo(bytes.length);
    }

    @Test
    void aDamagedObjectFailsTheChecksumAndLeavesNoFile() throws Exception {
        Path source = file("claim.txt", "the claim form".getBytes(StandardCharsets.UTF_8));
        String sha = Sha256.of(source);
        var blobs = backend.s3().blobs();
        blobs.putBlob(backend.bucket(), blobs.blobBuilder("documents/sha256/" + sha)
                .payload("the claim form, altered".getBytes(StandardCharsets.UTF_8)).build());
        Path target = tmp.resolve("claim.back");
        try (S3DocumentObjects objects = objects()) {
            assertThatThrownBy(() -> objects.download(sha, target))
                    .isInstanceOf(SyncException.class)
                    .hasMessageContaining("damaged").hasMessageContaining(sha);
        }
        assertThat(target).doesNotExist();
        assertThat(tmp.resolve("claim.back.part")).doesNotExist();
    }

    @Test
    void aFileWhoseBytesDoNotMatchItsHashIsNotSent() throws Exception {
        Path source = file("changed.txt", "new bytes".getBytes(StandardCharsets.UTF_8));
        String claimed = Sha256.of("old bytes");
        try (S3DocumentObjects objects = objects()) {
            assertThatThrownBy(() -> objects.upload(claimed, source))
                    .isInstanceOf(SyncException.class).hasMessageContaining("has changed");
            assertThat(objects.contains(claimed)).isFalse();
        }
    }

    @Test
    void wrongCredentialsAreNamedAndNotRetried() {
        var wrong = StaticCredentialsProvider.create(AwsBasicCredentials.create(TestS3.ACCESS_KEY, "not-the-secret"));
        try (S3DocumentObjects objects = S3DocumentObjects.open(backend.s3Settings(), wrong)) {
            assertThatThrownBy(objects::check).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.getMessage()).contains("refused the credentials");
                assertThat(e.retryable()).isFalse();
            });
        }
    }

    @Test
    void aMissingBucketIsNamed() {
        try (S3DocumentObjects objects = S3DocumentObjects.open(backend.s3().settings("no-such-bucket"),
                TestS3.credentials())) {
            assertThatThrownBy(objects::check).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.getMessage()).contains("The bucket no-such-bucket does not exist");
                assertThat(e.retryable()).isFalse();
            });
        }
    }

    @Test
    void anUnreachableServerIsRetryable() throws Exception {
        URI closed = URI.create("http://127.0.0.1:" + TestBackend.closedPort());
        S3Settings settings = S3Settings.of("team-documents", closed, true, TestS3.REGION, null);
        try (S3DocumentObjects objects = S3DocumentObjects.open(settings, TestS3.credentials())) {
            assertThatThrownBy(objects::check).isInstanceOfSatisfying(SyncException.class, e -> {
                assertThat(e.getMessage()).contains("could not be reached");
                assertThat(e.retryable()).isTrue();
            });
        }
    }
}
