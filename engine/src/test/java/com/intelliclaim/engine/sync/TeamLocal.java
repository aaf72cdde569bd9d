package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.Gender;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.api.ProgressListener;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.store.FolderSourceFileStore;
import com.intelliclaim.engine.store.H2CaseStore;
import com.intelliclaim.engine.store.H2DecisionStore;
import com.intelliclaim.engine.store.H2DocumentStore;
import com.intelliclaim.engine.store.H2Outbox;
import com.intelliclaim.engine.store.H2SharedRecords;
import com.intelliclaim.engine.store.NewDocument;
import com.intelliclaim.engine.store.SharedDocument;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One analyst's data folder for sync tests: the real H2 stores (documents filled directly with made-up vectors, so
 * no embedding model is needed) and a sync worker for one pass against given servers. Close it to release the file.
 */
final class TeamLocal implements AutoCloseable {
    static final EmbeddingModelInfo MODEL = new EmbeddingModelInfo("test-model", 3, 256);

    final String analyst;
    final H2DocumentStore store;
    final H2CaseStore cases;
    final H2DecisionStore decisions;
    final H2SharedRecords records;
    final H2Outbox outbox;
    final FolderSourceFileStore files;

    TeamLocal(Path folder, String analyst) {
        this.analyst = analyst;
        this.store = H2DocumentStore.open(folder.resolve("db/store"));
        store.setIndexedModel(MODEL);
        this.cases = H2CaseStore.sharing(store);
        this.decisions = H2DecisionStore.sharing(store);
        this.records = H2SharedRecords.sharing(store);
        this.outbox = H2Outbox.sharing(store);
        this.files = new FolderSourceFileStore(folder.resolve("files"));
    }

    /** Stores a one-page text document with one chunk, as ingest would, and keeps its bytes; returns its sha256. */
    String addDocument(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        String sha = Sha256.of(text);
        store.add(new NewDocument(sha, text.substring(0, Math.min(12, text.length())) + ".txt", "text/plain",
                        bytes.length), List.of(new PageText(1, text)),
                List.of(new ChunkDraft(0, text, 1, 1, "4.2", "Cover", 0, text.length())),
                List.of(new float[] {text.length(), 0.5f, -1f}));
        files.put(sha, bytes);
        return sha;
    }

    /** A shared document made outside any store (one page, one chunk). */
    static SharedDocument sharedDocument(String text) {
        return new SharedDocument(Sha256.of(text), "held.txt", "text/plain", text.length(), Instant.now(),
                MODEL.fingerprint(), List.of(new PageText(1, text)),
                List.of(new ChunkDraft(0, text, 1, 1, null, null, 0, text.length())),
                List.of(new float[] {1f, 2f, 3f}));
    }

    /** A decision made here in {@code caseId} (or outside any case when null), citing the document {@code sha}. */
    DecisionRecord decide(String caseId, String sha) {
        DecisionRecord record = decision(caseId, sha, analyst);
        decisions.append(record);
        return record;
    }

    /** A decision by {@code analyst} in {@code caseId} (or outside any case when null), not stored anywhere yet. */
    static DecisionRecord decision(String caseId, String sha, String analyst) {
        String id = UUID.randomUUID().toString();
        Citation citation = new Citation("1", sha, "policy.txt", 1, 1, "4.2", "Cover", "Cataract is covered.", 0.03);
        return new DecisionRecord(id, "cataract surgery, 2-year-old policy", Outcome.APPROVED,
                new BigDecimal("40000"), false, "INR", "Clause 4.2 covers cataract after 24 months.", 0.8,
                List.of(citation), new ClaimFacts(46, Gender.MALE, "cataract surgery", "Pune", 24, null, null, null,
                null, null, null, null, LocalDate.of(2025, 5, 20), null), List.of(), "rules",
                new DecisionVersions("1.0.0", MODEL.id(), "rules-1", null), List.of(sha),
                List.of(new AuditStep("rules", "4.2 applies", 1)), Instant.now(), analyst, null, null, List.of(),
                List.of(citation), caseId);
    }

    /** One sync pass (push, then pull) against the servers. */
    SyncReport sync(S3DocumentObjects objects, PostgresBackend database) {
        return sync(objects, database, ProgressListener.NONE);
    }

    /** One sync pass reporting its progress (after each batch sent, see {@link SyncWorker}). */
    SyncReport sync(S3DocumentObjects objects, PostgresBackend database, ProgressListener progress) {
        return new SyncWorker(local(), new SyncWorker.Remote(objects, new PostgresSyncTarget(database)), analyst,
                progress).runOnce();
    }

    /** The sync status as {@code sync status} and the desktop read it. */
    SyncStatus status() {
        return new TeamSync(local(), files).status();
    }

    private SyncWorker.Local local() {
        return new SyncWorker.Local(outbox, records, decisions, files::path, new TeamImporter() {
            @Override
            public boolean importDocument(SharedDocument document, String addedBy) {
                return records.importDocument(document, addedBy).isPresent();
            }

            @Override
            public boolean removeDocument(String sha256) {
                return records.removeTeamDocument(sha256).isPresent();
            }
        }, MODEL.fingerprint());
    }

    @Override
    public void close() {
        store.close();
    }
}
