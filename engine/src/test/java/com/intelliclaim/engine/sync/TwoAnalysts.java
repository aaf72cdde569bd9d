package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Two analysts, Asha and Bala, each with a data folder of their own (real H2 stores), and the team's backend they
 * share: the test's bucket and database from {@link TestBackend}, opened as the app opens them (migrating the
 * database) before each test, or by the test itself with {@link #openBackend()} when made by
 * {@link #openedByTheTest}, so that it can prepare the database first. Register it on an instance field after the
 * backend: {@code @RegisterExtension final TwoAnalysts team = TwoAnalysts.on(backend);}. Everything is closed and
 * the folders removed after each test.
 */
final class TwoAnalysts implements BeforeEachCallback, AfterEachCallback {
    private final TestBackend backend;
    private final boolean openAtStart;
    private Path folder;
    private TeamLocal asha;
    private TeamLocal bala;
    private S3DocumentObjects objects;
    private PostgresBackend database;

    private TwoAnalysts(TestBackend backend, boolean openAtStart) {
        this.backend = backend;
        this.openAtStart = openAtStart;
    }

    /** The backend opened before each test. */
    static TwoAnalysts on(TestBackend backend) {
        return new TwoAnalysts(backend, true);
    }

    /** The backend opened when the test calls {@link #openBackend()}. */
    static TwoAnalysts openedByTheTest(TestBackend backend) {
        return new TwoAnalysts(backend, false);
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        folder = Files.createTempDirectory("intelliclaim-team-");
        asha = new TeamLocal(folder.resolve("asha"), "asha");
        bala = new TeamLocal(folder.resolve("bala"), "bala");
        if (openAtStart) {
            openBackend();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        try {
            close(asha);
            close(bala);
            close(database);
            close(objects);
        } finally {
            asha = null;
            bala = null;
            database = null;
            objects = null;
            delete(folder);
        }
    }

    TeamLocal asha() {
        return asha;
    }

    TeamLocal bala() {
        return bala;
    }

    /** One sync pass of {@code analyst} against the team's backend. */
    SyncReport sync(TeamLocal analyst) {
        return analyst.sync(objects(), database());
    }

    /** One sync pass of {@code analyst} reporting its progress (after each batch sent, see {@link SyncWorker}). */
    SyncReport sync(TeamLocal analyst, ProgressListener progress) {
        return analyst.sync(objects(), database(), progress);
    }

    /** Opens the team's bucket and database as the app does, migrating the database. */
    void openBackend() {
        if (database != null) {
            throw new IllegalStateException("The team's backend is open already.");
        }
        objects = S3DocumentObjects.open(backend.s3Settings(), TestS3.credentials());
        database = PostgresBackend.open(backend.databaseSettings(), (host, port, user) -> "");
    }

    PostgresBackend database() {
        return opened(database);
    }

    S3DocumentObjects objects() {
        return opened(objects);
    }

    private <T> T opened(T part) {
        if (part == null) {
            throw new IllegalStateException("The team's backend is not open; call openBackend() first.");
        }
        return part;
    }

    private static void close(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing " + closeable + " failed", e);
        }
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
