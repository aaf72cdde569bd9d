package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.ProgressListener;
import com.intelliclaim.engine.store.DecisionStore;
import com.intelliclaim.engine.store.H2Outbox;
import com.intelliclaim.engine.store.H2SharedRecords;
import com.intelliclaim.engine.store.KeptRemoval;
import com.intelliclaim.engine.store.OutboxEntry;
import com.intelliclaim.engine.store.SharedCase;
import com.intelliclaim.engine.store.SharedCaseLink;
import com.intelliclaim.engine.store.SharedDocument;
import com.intelliclaim.engine.store.TeamCaseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One sync pass. Push: the outbox, oldest first, in batches; for each batch the files go to the document store first,
 * then the records to the team database in one transaction; the batch's outbox rows are deleted only after that
 * transaction committed (a crash in between sends them again, which the natural keys make harmless). A failure marks
 * the batch's rows with the reason and ends the pass. Pull: the team's change log past the stored cursor, page by
 * page (the cursor saved after each): cases (merged, last writer wins, the loser kept in the history), documents
 * (with chunks and vectors, so they are searchable without embedding), case documents, decisions, notes and
 * removals (applied only to documents no case or decision here needs). What cannot apply yet is kept and tried again
 * on every pass: a case whose claim number another case here has, and a removal of a document something here needs.
 * An attach, detach or decision naming a case that is not here (it waits, or the team database had the change before
 * the case) is held by the case's id and applied when the case is stored.
 * Progress: while pushing, changes confirmed of those waiting when the pass began; while pulling, records taken so far
 * with a total of -1 (unknown). Interrupting the thread stops the pass between batches with a
 * {@link CancellationException}; what was confirmed stays done. Not thread-safe: one pass at a time.
 */
public final class SyncWorker {
    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);
    static final int PUSH_BATCH = 20;
    static final int PULL_PAGE = 50;

    /** The local side: the outbox and cursors, the records, the original files, and how team documents come in. */
    public record Local(H2Outbox outbox, H2SharedRecords records, DecisionStore decisions, DocumentBytes bytes,
                        TeamImporter importer, String modelId) {
    }

    /** The team's side: the document store and the database. */
    public record Remote(DocumentObjects objects, SyncTarget target) {
    }

    private final Local local;
    private final Remote remote;
    private final SyncLedger ledger;
    private final String analyst;
    private final ProgressListener progress;

    /** A worker that records {@code analyst} as who sent the changes. */
    public SyncWorker(Local local, Remote remote, String analyst) {
        this(local, remote, analyst, ProgressListener.NONE);
    }

    /** A worker that also reports its progress (see the class comment). */
    public SyncWorker(Local local, Remote remote, String analyst, ProgressListener progress) {
        this.local = local;
        this.remote = remote;
        this.analyst = analyst;
        this.progress = progress;
        this.ledger = new SyncLedger(local.outbox());
    }

    /**
     * Pushes the whole outbox, then pulls everything new.
     *
     * @throws SyncException at the first failure; what was confirmed before it stays done
     */
    public SyncReport runOnce() {
        Counts counts = new Counts();
        push(counts);
        pull(counts);
        return counts.report(local.outbox().pending());
    }

    private void push(Counts counts) {
        long total = local.outbox().pending();
        long done = 0;
        for (List<OutboxEntry> batch = local.outbox().oldest(PUSH_BATCH); !batch.isEmpty();
             batch = local.outbox().oldest(PUSH_BATCH)) {
            stopIfInterrupted();
            List<Long> seqs = batch.stream().map(OutboxEntry::seq).toList();
            try {
                ChangeSet changes = collect(batch, counts);
                remote.target().push(changes);
                counts.sentDocuments += changes.documents().size();
                counts.sentDecisions += changes.decisions().size();
                counts.sentNotes += changes.notes().size();
            } catch (SyncException e) {
                local.outbox().failed(seqs, e.getMessage());
                throw e;
            }
            local.outbox().confirm(seqs);
            done += seqs.size();
            progress.progress(done, Math.max(total, done), "Sending changes");
        }
    }

    private static void stopIfInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("The sync pass was stopped.");
        }
    }

    /**
     * Reads the batch's records as they are now and sends their files; an entry whose record is gone (removed)
     * sends nothing, and a removal of a document that is here again (ingested again) sends nothing either.
     */
    private ChangeSet collect(List<OutboxEntry> batch, Counts counts) {
        List<TeamDocument> documents = new ArrayList<>();
        Map<String, SharedCase> cases = new LinkedHashMap<>();
        Map<String, SharedCaseLink> links = new LinkedHashMap<>();
        List<DecisionRecord> decisions = new ArrayList<>();
        List<TeamNote> notes = new ArrayList<>();
        List<TeamRemoval> removals = new ArrayList<>();
        for (OutboxEntry entry : batch) {
            switch (entry.kind()) {
                case DOCUMENT -> local.records().document(entry.ref())
                        .ifPresent(doc -> documents.add(withFile(doc, counts)));
                case DECISION, OVERRIDE -> local.decisions().find(entry.ref()).ifPresent(decisions::add);
                case NOTE -> local.decisions().find(entry.ref())
                        .ifPresent(r -> r.notes().forEach(n -> notes.add(new TeamNote(r.id(), n))));
                // Read as they are now: a case changed twice in one batch is sent once; a link's last change counts.
                case CASE -> {
                    if (!cases.containsKey(entry.ref())) {
                        local.records().sharedCase(entry.ref()).ifPresent(k -> cases.put(entry.ref(), k));
                    }
                }
                case CASE_DOCUMENT -> {
                    int slash = entry.ref().indexOf('/');
                    links.put(entry.ref(), local.records().caseLink(entry.ref().substring(0, slash),
                            entry.ref().substring(slash + 1), entry.recordedAt(), analyst));
                }
                case DOCUMENT_REMOVED -> {
                    if (local.records().document(entry.ref()).isEmpty()) {
                        removals.add(new TeamRemoval(entry.ref(), analyst, entry.recordedAt()));
                    }
                }
            }
        }
        counts.sentCases += cases.size();
        counts.sentCaseDocuments += links.size();
        counts.sentRemovals += removals.size();
        return new ChangeSet(documents, List.copyOf(cases.values()), List.copyOf(links.values()), decisions, notes,
                removals, analyst);
    }

    private TeamDocument withFile(SharedDocument document, Counts counts) {
        Optional<Path> file = local.bytes().path(document.sha256());
        if (file.isEmpty()) {
            LOG.warn("Document {} has no original file in the data folder; sending its text and passages only",
                    document.sha256());
            counts.sentWithoutFile++;
            return new TeamDocument(document, analyst, false);
        }
        if (remote.objects().upload(document.sha256(), file.get())) {
            counts.sentFiles++;
        }
        return new TeamDocument(document, analyst, true);
    }

    private void pull(Counts counts) {
        local.records().retryWaitingCases().forEach(result -> count(result, counts));
        SyncCursor cursor = ledger.cursor();
        while (true) {
            stopIfInterrupted();
            TeamChanges changes = remote.target().pull(cursor, PULL_PAGE);
            changes.cases().forEach(k -> take(k, counts));
            changes.documents().forEach(d -> take(d, counts));
            for (SharedCaseLink link : changes.links()) {
                counts.receivedCaseDocuments += local.records().applyCaseLink(link) ? 1 : 0;
            }
            changes.decisions().forEach(d -> take(d, counts));
            for (TeamNote note : changes.notes()) {
                counts.receivedNotes += local.records().importNote(note.decisionId(), note.note()) ? 1 : 0;
            }
            for (TeamRemoval removal : changes.removals()) {
                if (local.importer().removeDocument(removal.sha256())) {
                    counts.appliedRemovals++;
                } else {
                    counts.keptRemovals++;
                    local.records().keepRemoval(removal.sha256(), removal.removedBy(), removal.removedAt());
                }
            }
            progress.progress(counts.receivedCases + counts.receivedDocuments + counts.receivedCaseDocuments
                    + counts.receivedDecisions + counts.receivedNotes + counts.appliedRemovals, -1,
                    "Receiving the team's changes");
            if (changes.next().equals(cursor)) {
                settle(counts);
                return;
            }
            ledger.saveCursor(changes.next());
            cursor = changes.next();
        }
    }

    /**
     * Once everything new is in, what waits here is tried again: teammates' cases refused for their claim number
     * (a case here or one just received may have been renamed), and teammates' removals kept while something here
     * needed the document (a case here may have detached it). Both are retried on every pass rather than on each
     * local edit: the checks are a few indexed reads, and team changes then reach this folder only through the
     * pass. The waiting cases were tried once already when the pull began, so that links and decisions pulled in
     * this pass find their case.
     */
    private void settle(Counts counts) {
        local.records().retryWaitingCases().forEach(result -> count(result, counts));
        for (KeptRemoval kept : local.records().keptRemovals()) {
            if (local.importer().removeDocument(kept.sha256())) {
                counts.appliedRemovals++;
            } else {
                local.records().keepRemoval(kept.sha256(), kept.removedBy(), kept.removedAt());
            }
        }
        counts.casesWaiting = local.records().waitingCases().size();
    }

    private void take(TeamCase team, Counts counts) {
        count(local.records().importCase(team.shared(), team.pushedBy()), counts);
    }

    /** A refused case waits here: the waiting ones are counted once, when the pull ends. */
    private static void count(TeamCaseResult result, Counts counts) {
        switch (result) {
            case ADDED, UPDATED -> counts.receivedCases++;
            case KEPT_LOCAL -> counts.caseConflictsKeptHere++;
            case CLAIM_NUMBER_TAKEN, UNCHANGED -> { }
        }
    }

    private void take(TeamDocument team, Counts counts) {
        SharedDocument document = team.document();
        if (!document.modelId().equals(local.modelId())) {
            LOG.info("Team document {} was embedded with {}, not {}; not taken", document.sha256(),
                    document.modelId(), local.modelId());
            counts.skippedOtherModel++;
            return;
        }
        counts.receivedDocuments += local.importer().importDocument(document, team.addedBy()) ? 1 : 0;
    }

    private void take(DecisionRecord decision, Counts counts) {
        try {
            counts.receivedDecisions += local.records().importDecision(decision) ? 1 : 0;
        } catch (RuntimeException e) {
            LOG.warn("Team decision {} could not be stored here", decision.id(), e);
            counts.notStored++;
        }
    }

    private static final class Counts {
        int sentDocuments;
        int sentFiles;
        int sentWithoutFile;
        int sentDecisions;
        int sentNotes;
        int receivedDocuments;
        int receivedDecisions;
        int receivedNotes;
        int skippedOtherModel;
        int notStored;
        int sentCases;
        int sentCaseDocuments;
        int sentRemovals;
        int receivedCases;
        int receivedCaseDocuments;
        int caseConflictsKeptHere;
        int appliedRemovals;
        int keptRemovals;
        int casesWaiting;

        SyncReport report(long pending) {
            return new SyncReport(sentDocuments, sentFiles, sentWithoutFile, sentDecisions, sentNotes,
                    receivedDocuments, receivedDecisions, receivedNotes, skippedOtherModel, notStored, pending,
                    new SyncReport.Cases(sentCases, sentCaseDocuments, receivedCases, receivedCaseDocuments,
                            caseConflictsKeptHere, casesWaiting),
                    new SyncReport.Removals(sentRemovals, appliedRemovals, keptRemovals));
        }
    }
}
