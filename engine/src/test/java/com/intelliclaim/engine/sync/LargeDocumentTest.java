package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A 150 MB document goes up in parts and comes back with the right SHA-256, in a JVM whose heap (64 MB) could not
 * hold it: the file is streamed both ways, never held in memory. The server keeps the object on disk. Tagged
 * "large" (it runs in every build; {@code -DexcludedGroups=large} leaves it out while iterating).
 */
@Tag("large")
class LargeDocumentTest {
    private static final String BUCKET = "team-documents";
    private static final long SIZE = 150L * 1000 * 1000;
    private static final Pattern FIGURES = Pattern.compile("upload_ms=(\\d+) download_ms=(\\d+) peak_heap_mb=(\\d+)");

    @TempDir
    static Path tmp;
    private static TestS3 s3;

    @BeforeAll
    static void startServer() throws Exception {
        s3 = TestS3.startOnDisk(Files.createDirectories(tmp.resolve("server")));
        s3.createBucket(BUCKET);
    }

    @AfterAll
    static void stopServer() throws Exception {
        s3.close();
    }

    /** Random bytes written in 1 MiB blocks; returns their SHA-256. */
    private static String randomFile(Path file, long size) throws Exception {
        MessageDigest digest = Sha256.digest();
        Random random = new Random(150);
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += block.length) {
                random.nextBytes(block);
                int n = (int) Math.min(block.length, size - written);
                digest.update(block, 0, n);
                out.write(block, 0, n);
            }
        }
        return Sha256.hex(digest);
    }

    @Test
    void a150MbDocumentGoesUpInPartsAndComesBackInAHeapSmallerThanItself() throws Exception {
        Path source = tmp.resolve("scan.pdf");
        String sha = randomFile(source, SIZE);
        Path back = tmp.resolve("back/" + sha);
        Path output = tmp.resolve("round-trip.log");

        Process child = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeDocumentRoundTrip.class.getName(), s3.endpoint().toString(), BUCKET, source.toString(), sha,
                back.toString())).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("round trip within 5 minutes").isTrue();
        String log = Files.readString(output);
        assertThat(child.exitValue()).as(log).isZero();

        Matcher figures = FIGURES.matcher(log);
        assertThat(figures.find()).as(log).isTrue();
        System.out.printf("150 MB round trip: upload %s ms, download %s ms, peak heap %s MB (-Xmx64m)%n",
                figures.group(1), figures.group(2), figures.group(3));
        assertThat(Sha256.of(back)).isEqualTo(sha);
        assertThat(Files.size(back)).isEqualTo(SIZE);
        try (S3Client client = S3Clients.open(s3.settings(BUCKET), TestS3.credentials())) {
            var head = client.headObject(b -> b.bucket(BUCKET).key(S3DocumentObjects.key(sha)));
            assertThat(head.contentLength()).isEqualTo(SIZE);
            assertThat(head.metadata()).containsEntry("sha256", sha);
            long parts = (SIZE + S3Settings.DEFAULT_PART - 1) / S3Settings.DEFAULT_PART;
            assertThat(head.eTag()).as("a multipart object's ETag ends in its part count").endsWith("-" + parts + "\"");
        }
    }
}
