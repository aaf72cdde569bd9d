package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.store.H2DecisionStore;
import com.intelliclaim.engine.store.FolderSourceFileStore;
import com.intelliclaim.engine.store.H2DocumentStore;
import com.intelliclaim.engine.store.H2Outbox;
import com.intelliclaim.engine.store.H2SharedRecords;
import com.intelliclaim.engine.store.NewDocument;
import com.intelliclaim.engine.store.OutboxEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync worker on a local store against real servers that go away in the middle of a push. The store is filled
 * directly (with made-up vectors), so no embedding model is needed here.
 */
class SyncWorkerTest {
    private static final EmbeddingModelInfo MODEL = new EmbeddingModelInfo("test-model", 3, 256);
    /** Its own servers: the tests stop and restart them. */
    @RegisterExtension
    static final TestBackend backend = TestBackend.own();

    @TempDir
    Path tmp;
    private H2DocumentStore store;
    private FolderSourceFileStore files;
    private final List<String> shas = new ArrayList<>();

    @BeforeEach
    void storeThreeDocuments() throws Exception {
        store = H2DocumentStore.open(tmp.resolve("db/store"));
        store.setIndexedModel(MODEL);
        files = new FolderSourceFileStore(tmp.resolve("files"));
        for (int i = 1; i <= 3; i++) {
            byte[] bytes = ("Document " + i + " of the policy wording " + System.nanoTime())
                    .getBytes(StandardCharsets.UTF_8);
            String sha = Sha256.of(new String(bytes, StandardCharsets.UTF_8));
            store.add(new NewDocument(sha, "doc" + i + ".txt", "text/plain", bytes.length),
                    List.of(new PageText(1, new String(bytes, StandardCharsets.UTF_8))),
                    List.of(new ChunkDraft(0, "Document " + i, 1, 1, "4.2", "Cover", 0, 10)),
                    List.of(new float[] {i, 0.5f, -1f}));
            files.put(sha, bytes);
            shas.add(sha);
        }
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private SyncWorker worker(DocumentBytes bytes, S3DocumentObjects objects, PostgresBackend database) {
        H2SharedRecords records = H2SharedRecords.sharing(store);
        SyncWorker.Local local = new SyncWorker.Local(H2Outbox.sharing(store), records, H2DecisionStore.sharing(store),
                bytes, new TeamImporter() {
                    @Override
                    public boolean importDocument(com.intelliclaim.engine.store.SharedDocument d, String addedBy) {
                        return records.importDocument(d, addedBy).isPresent();
                    }

                    @Override
                    public boolean removeDocument(String sha256) {
                        return records.removeTeamDocument(sha256).isPresent();
                    }
                }, MODEL.fingerprint());
        return new SyncWorker(local, new SyncWorker.Remote(objects, new PostgresSyncTarget(database)), "asha");
    }

    /** Bytes that run a fault just before the second document's file is read. */
    private DocumentBytes failingBeforeSecond(ThrowingAction fault) {
        return sha -> {
            if (sha.equals(shas.get(1))) {
                fault.runUnchecked();
            }
            return files.path(sha);
        };
    }

    @FunctionalInterface
    interface ThrowingAction {
        void run() throws Exception;

        default void runUnchecked() {
            try {
                run();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void theDocumentStoreGoingAwayMidPushKeepsTheOutboxAndTheNextSyncFinishes() throws Exception {
        H2Outbox outbox = H2Outbox.sharing(store);
        try (S3DocumentObjects objects = S3DocumentObjects.open(backend.s3Settings(), TestS3.credentials());
             PostgresBackend database = PostgresBackend.open(backend.databaseSettings(), (h, p, u) -> "")) {
            assertThatThrownBy(() -> worker(failingBeforeSecond(backend.s3()::stop), objects, database).runOnce())
                    .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.retryable()).isTrue());
            assertThat(outbox.pending()).isEqualTo(3);
            assertThat(outbox.oldest(3)).extracting(OutboxEntry::attempts).containsOnly(1);
            assertThat(backend.count("SELECT COUNT(*) FROM documents")).isZero();

            backend.s3().restart();
            SyncReport report = worker(files::path, objects, database).runOnce();

            assertThat(report.sentDocuments()).isEqualTo(3);
            assertThat(report.sentFiles()).as("the first file went up before the fault").isEqualTo(2);
            assertThat(report.pending()).isZero();
        }
        for (String sha : shas) {
            assertThat(backend.objectExists("documents/sha256/" + sha)).isTrue();
        }
        assertThat(backend.s3().blobs().list(backend.bucket(),
                org.jclouds.blobstore.options.ListContainerOptions.Builder.recursive()).size()).isEqualTo(3);
        assertThat(backend.count("SELECT COUNT(*) FROM documents")).isEqualTo(3);
        assertThat(backend.count("SELECT COUNT(*) FROM chunks")).isEqualTo(3);
    }

    @Test
    void theDatabaseGoingAwayMidPushKeepsTheOutboxAndTheNextSyncFinishes() throws Exception {
        H2Outbox outbox = H2Outbox.sharing(store);
        try (S3DocumentObjects objects = S3DocumentObjects.open(backend.s3Settings(), TestS3.credentials())) {
            PostgresBackend database = PostgresBackend.open(backend.databaseSettings(), (h, p, u) -> "");
            try {
                assertThatThrownBy(() -> worker(failingBeforeSecond(backend.postgres()::stop), objects, database)
                        .runOnce())
                        .isInstanceOfSatisfying(SyncException.class, e -> assertThat(e.retryable()).isTrue());
            } finally {
                database.close();
            }
            assertThat(outbox.pending()).isEqualTo(3);

            backend.postgres().restart();
            try (PostgresBackend again = PostgresBackend.open(backend.databaseSettings(), (h, p, u) -> "")) {
                assertThat(worker(files::path, objects, again).runOnce().pending()).isZero();
            }
        }
        assertThat(backend.count("SELECT COUNT(*) FROM documents")).isEqualTo(3);
        assertThat(outbox.pending()).isZero();
    }
}
