package com.intelliclaim.engine.sync;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.file.Path;

/**
 * Sends one file to the bucket and fetches it back through {@link S3DocumentObjects}, in a JVM of its own whose heap
 * the test keeps smaller than the file, and prints what it measured: {@code upload_ms}, {@code download_ms} and
 * {@code peak_heap_mb} (the highest heap use seen, garbage included).
 */
public final class LargeDocumentRoundTrip {
    private LargeDocumentRoundTrip() {
    }

    /** Arguments: endpoint, bucket, file, its SHA-256, where to write the download. */
    public static void main(String[] args) {
        S3Settings settings = S3Settings.of(args[1], URI.create(args[0]), true, TestS3.REGION, null);
        try (S3DocumentObjects objects = S3DocumentObjects.open(settings, TestS3.credentials())) {
            long start = System.nanoTime();
            if (!objects.upload(args[3], Path.of(args[2]))) {
                throw new IllegalStateException("the bucket had the object already");
            }
            long sent = System.nanoTime();
            objects.download(args[3], Path.of(args[4]));
            long back = System.nanoTime();
            System.out.println("upload_ms=" + (sent - start) / 1_000_000 + " download_ms=" + (back - sent) / 1_000_000
                    + " peak_heap_mb=" + peakHeap() / (1024 * 1024));
        }
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
