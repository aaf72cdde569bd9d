package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseOrigin;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DocumentInfo;
import com.intelliclaim.engine.embed.EmbeddingModelInfo;
import com.intelliclaim.engine.ingest.chunk.ChunkDraft;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The local records as the sync worker reads them for the team (a document with its pages, chunks and vectors) and
 * the team's records written into the local store. Imports record no outbox row: what came from the team is not
 * sent back. Imports are idempotent: a document (by sha256), decision (by id) or note (by decision, author, time and
 * text) that is there already is skipped. Thread-safe.
 */
public final class H2SharedRecords {
    private final StoreDatabase database;

    private H2SharedRecords(StoreDatabase database) {
        this.database = database;
    }

    public static H2SharedRecords sharing(H2DocumentStore documents) {
        return new H2SharedRecords(documents.database());
    }

    /** The document with these bytes, with everything a teammate needs to search it; empty when it is not stored. */
    public Optional<SharedDocument> document(String sha256) {
        return database.snapshot("read document " + sha256 + " for the team", c -> {
            Optional<DocumentInfo> info = StoreQueries.findBySha256(c, sha256);
            if (info.isEmpty()) {
                return Optional.empty();
            }
            DocumentInfo doc = info.get();
            List<ChunkDraft> chunks = new ArrayList<>();
            List<float[]> vectors = new ArrayList<>();
            readChunks(c, doc.id(), chunks, vectors);
            String model = IndexMeta.model(c).map(EmbeddingModelInfo::fingerprint).orElse("unknown");
            return Optional.of(new SharedDocument(doc.sha256(), doc.name(), doc.mediaType(), doc.sizeBytes(),
                    doc.ingestedAt(), model, StoreQueries.pages(c, doc.id()), chunks, vectors));
        });
    }

    private static void readChunks(Connection c, long documentId, List<ChunkDraft> chunks, List<float[]> vectors)
            throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT ch.ordinal, ch.text, ch.page, ch.page_end,"
                + " ch.clause, ch.heading, ch.start_offset, ch.end_offset, e.vector FROM chunks ch"
                + " JOIN embeddings e ON e.chunk_id = ch.id WHERE ch.document_id = ? ORDER BY ch.ordinal, ch.id")) {
            select.setLong(1, documentId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    chunks.add(new ChunkDraft(rows.getInt(1), rows.getString(2), rows.getInt(3), rows.getInt(4),
                            rows.getString(5), rows.getString(6), rows.getInt(7), rows.getInt(8)));
                    vectors.add(Vectors.fromBytes(rows.getBytes(9)));
                }
            }
        }
    }

    /**
     * Stores a teammate's document with its pages, chunks and vectors (bumping the revision, no outbox row). Empty
     * when a document with these bytes is stored already.
     */
    public Optional<StoredDocument> importDocument(SharedDocument document) {
        return importDocument(document, "a teammate");
    }

    /**
     * As {@link #importDocument(SharedDocument)}, noting {@code addedBy} as who it came from. A teammate's removal of
     * these bytes kept here is forgotten: the team has the document again.
     */
    public Optional<StoredDocument> importDocument(SharedDocument document, String addedBy) {
        database.append("forget the team's removal of " + document.sha256(), c -> {
            KeptRemovals.forget(c, document.sha256());
            return null;
        });
        return database.write("save the team's document " + document.name(), c -> {
            if (StoreQueries.findBySha256(c, document.sha256()).isPresent()) {
                return Optional.<StoredDocument>empty();
            }
            NewDocument fresh = new NewDocument(document.sha256(), document.name(), document.mediaType(),
                    document.sizeBytes());
            StoredDocument stored = DocumentWriter.insert(c, fresh, document.pages(), document.chunks(),
                    document.vectors());
            try (PreparedStatement mark = c.prepareStatement(
                    "UPDATE documents SET received_from = ? WHERE id = ?")) {
                mark.setString(1, addedBy);
                mark.setLong(2, stored.info().id());
                mark.executeUpdate();
            }
            return Optional.of(stored);
        }, Optional::isPresent);
    }

    /** Who sent each teammate's document taken into this folder, by SHA-256 (hex); documents ingested here are absent. */
    public java.util.Map<String, String> documentSenders() {
        return database.read("read who sent the team's documents", c -> {
            java.util.Map<String, String> senders = new java.util.HashMap<>();
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT sha256, received_from FROM documents WHERE received_from IS NOT NULL");
                 java.sql.ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    senders.put(rows.getString(1), rows.getString(2));
                }
            }
            return senders;
        });
    }

    /**
     * Applies a teammate's removal of a document (no outbox row). The document goes only when it came from the team
     * (a document ingested here stays the analyst's own), no case here has it attached and no decision here cites
     * it (decisions are append-only and keep their citations). Returns the id of the removed document; empty when
     * it is not here or is kept.
     */
    public Optional<Long> removeTeamDocument(String sha256) {
        return database.write("remove the team's document " + sha256, c -> {
            Optional<DocumentInfo> doc = StoreQueries.findBySha256(c, sha256);
            if (doc.isEmpty() || !TeamRemovals.removable(c, sha256)) {
                return Optional.<Long>empty();
            }
            DocumentWriter.delete(c, doc.get().id());
            KeptRemovals.forget(c, sha256);
            return Optional.of(doc.get().id());
        }, Optional::isPresent);
    }

    /**
     * Keeps a teammate's removal that {@link #removeTeamDocument} could not apply because a case or decision here
     * needs the team's document, so that a later pass applies it (see {@link #keptRemovals()}); true when kept. A
     * removal of a document that is not here or was ingested here is not kept, and one kept before is forgotten.
     */
    public boolean keepRemoval(String sha256, String removedBy, Instant removedAt) {
        return database.append("keep the team's removal of " + sha256,
                c -> KeptRemovals.keepIfNeeded(c, sha256, removedBy, removedAt));
    }

    /** Teammates' removals kept because a case or decision here needs the document, oldest first. */
    public List<KeptRemoval> keptRemovals() {
        return database.read("read the team's kept removals", KeptRemovals::all);
    }

    /**
     * A case made or changed here, with who created it, its history and its versions' change notes; empty when no
     * case has this id.
     */
    public Optional<SharedCase> sharedCase(String id) {
        return database.snapshot("read case " + id + " for the team", c -> {
            Optional<ClaimCase> current = CaseRows.byId(c, id);
            if (current.isEmpty()) {
                return Optional.<SharedCase>empty();
            }
            String createdBy = CaseRows.origin(c, id).map(CaseOrigin::createdBy).orElse(current.get().updatedBy());
            return Optional.of(new SharedCase(current.get(), createdBy, CaseRows.history(c, id),
                    CaseRows.changeNotes(c, id)));
        });
    }

    /**
     * The link of a document to a case as it is here now: attached (with when and by whom) or, when not attached,
     * detached at {@code changedAt} by {@code changedBy} (the time and analyst of the detach).
     */
    public SharedCaseLink caseLink(String caseId, String sha256, Instant changedAt, String changedBy) {
        return database.read("read a case's document for the team", c -> {
            Optional<CaseDocument> link = CaseRows.link(c, caseId, sha256);
            if (link.isPresent()) {
                CaseDocument d = link.get();
                return new SharedCaseLink(caseId, sha256, d.name(), true, d.attachedAt(), d.attachedBy());
            }
            String name = StoreQueries.findBySha256(c, sha256).map(DocumentInfo::name).orElse(sha256);
            return new SharedCaseLink(caseId, sha256, name, false, changedAt, changedBy);
        });
    }

    /**
     * Merges a teammate's case into this folder (no outbox row): the winning version of {@link CaseOrder} becomes
     * current, the other is kept in the history, and every history version not here is added. A case refused here
     * ({@link TeamCaseResult#CLAIM_NUMBER_TAKEN}) waits (see {@link #waitingCases()}); a newer version of a waiting
     * case takes its place, the waiting versions joining its history. Once the case is stored, the attaches, detaches
     * and decisions held for it (see {@link #applyCaseLink}, {@link #importDecision}) are applied in the same
     * transaction.
     */
    public TeamCaseResult importCase(SharedCase team, String receivedFrom) {
        return database.append("save the team's case " + team.current().id(), c -> TeamCaseWaits.merge(c, team,
                receivedFrom));
    }

    /**
     * Tries every waiting teammate's case again, longest waiting first, each in its own transaction; one that can be
     * stored now is, with the attaches, detaches and decisions held for it. Returns what each try did
     * ({@link TeamCaseResult#CLAIM_NUMBER_TAKEN}: it still waits).
     */
    public List<TeamCaseResult> retryWaitingCases() {
        List<TeamCaseResult> results = new ArrayList<>();
        for (String id : database.read("read the team's waiting cases", TeamCaseWaits::waitingIds)) {
            results.add(database.append("save the team's waiting case " + id, c -> TeamCaseWaits.retry(c, id)));
        }
        return results;
    }

    /** Teammates' cases that could not be stored here yet, longest waiting first. */
    public List<WaitingTeamCase> waitingCases() {
        return database.read("read the team's waiting cases", TeamCaseWaits::all);
    }

    /** Cases that have not arrived here while teammates' changes naming them have (held for them), by case id. */
    public List<AwaitedTeamCase> awaitedCases() {
        return database.read("read the team's changes held for cases not here", TeamCaseWaits::awaited);
    }

    /**
     * Applies a teammate's attach or detach (no outbox row); false when nothing changed here now (the case is not
     * here, the link is as it says already, or this folder attached it later than the teammate detached it). A link
     * of a case not stored here, waiting or not arrived yet, is held and applied when the case is stored (see
     * {@link #awaitedCases()}).
     */
    public boolean applyCaseLink(SharedCaseLink link) {
        return database.append("save the team's case document", c -> {
            if (TeamCases.applyLink(c, link)) {
                return true;
            }
            if (CaseRows.byId(c, link.caseId()).isEmpty()) {
                TeamCaseWaits.holdLink(c, link);
            }
            return false;
        });
    }

    /**
     * Stores a teammate's decision record with its notes; false when a record with its id is stored already. A
     * decision made in a case not stored here (waiting or not arrived yet) is stored at once without its case, and
     * gets its case when the case is stored.
     */
    public boolean importDecision(DecisionRecord record) {
        DecisionChecks.storable(record);
        return database.append("save the team's decision " + record.id(), c -> {
            if (DecisionRows.exists(c, record.id())) {
                return false;
            }
            DecisionRows.insert(c, TeamCases.withCaseIfHere(c, record));
            if (record.caseId() != null && CaseRows.byId(c, record.caseId()).isEmpty()) {
                TeamCaseWaits.holdDecision(c, record.id(), record.caseId());
            }
            for (DecisionNote note : record.notes()) {
                insertNoteOnce(c, record.id(), note);
            }
            return true;
        });
    }

    /** Stores a teammate's note; false when the decision is not here or the note is there already. */
    public boolean importNote(String decisionId, DecisionNote note) {
        return database.append("save the team's note on " + decisionId, c ->
                DecisionRows.exists(c, decisionId) && insertNoteOnce(c, decisionId, note));
    }

    /** Whether a decision with this id is stored. */
    public boolean hasDecision(String id) {
        return database.read("look up decision " + id, c -> DecisionRows.exists(c, id));
    }

    /** The team's server keeps microseconds, the local file nanoseconds: notes are compared at microseconds. */
    private static boolean insertNoteOnce(Connection c, String decisionId, DecisionNote note) throws SQLException {
        Instant at = note.at().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement select = c.prepareStatement("SELECT noted_at FROM decision_notes"
                + " WHERE decision_id = ? AND noted_by = ? AND text = ?")) {
            select.setString(1, decisionId);
            select.setString(2, note.by());
            select.setString(3, note.text());
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Instant stored = rows.getObject(1, OffsetDateTime.class).toInstant();
                    if (stored.truncatedTo(ChronoUnit.MICROS).equals(at)) {
                        return false;
                    }
                }
            }
        }
        DecisionRows.insertNote(c, decisionId, note);
        return true;
    }
}
