package com.intelliclaim.engine.sync;

/**
 * An S3 API server and a PostgreSQL for sync tests, each started on its first use (a class that needs only S3 starts
 * no database); closing stops whichever was started. Kept in a JUnit store, which closes it when its scope ends.
 */
final class BackendServers implements AutoCloseable {
    private TestS3 s3;
    private TestPostgres postgres;

    synchronized TestS3 s3() {
        if (s3 == null) {
            s3 = start(TestS3::start, "the S3 API server (s3proxy)");
        }
        return s3;
    }

    synchronized TestPostgres postgres() {
        if (postgres == null) {
            postgres = start(TestPostgres::start, "PostgreSQL");
        }
        return postgres;
    }

    @FunctionalInterface
    private interface Start<T> {
        T start() throws Exception;
    }

    private static <T> T start(Start<T> start, String what) {
        try {
            return start.start();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("Could not start " + what + " for the tests: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() throws Exception {
        try {
            if (s3 != null) {
                s3.close();
            }
        } finally {
            if (postgres != null) {
                postgres.close();
            }
        }
    }
}
