package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.CaseNotFoundException;
import com.intelliclaim.engine.api.CaseOrigin;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseUpdate;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.InvalidCaseException;
import com.intelliclaim.engine.api.NewCase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link CaseStore} in the same H2 file as the documents and decisions (tables of migration V6), so a case, its
 * documents and its decisions move and are backed up together. Every change writes its team sync outbox row in its
 * own transaction. Writes do not bump the document revision: the search
 * indexes do not derive from cases. Thread-safe; it lives as long as the {@link H2DocumentStore} it shares.
 */
public final class H2CaseStore implements CaseStore {
    private static final Logger LOG = LoggerFactory.getLogger(H2CaseStore.class);

    private final StoreDatabase database;

    private H2CaseStore(StoreDatabase database) {
        this.database = database;
    }

    /** The cases in the database of an open document store. */
    public static H2CaseStore sharing(H2DocumentStore documents) {
        return new H2CaseStore(documents.database());
    }

    @Override
    public ClaimCase create(NewCase draft) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ClaimCase created = new ClaimCase(UUID.randomUUID().toString(), draft.claimNumber(), draft.claimant(),
                draft.policyNumber(), CaseStatus.OPEN, now, now, draft.analyst(), 1);
        database.append("create case " + draft.claimNumber(), c -> {
            refuseTakenClaimNumber(c, created.claimNumber(), null);
            CaseRows.insert(c, created);
            OutboxRows.record(c, ChangeKind.CASE, created.id());
            return null;
        });
        LOG.debug("Created case {}", created.id()); // claim numbers and names are personal data: not logged
        return created;
    }

    @Override
    public ClaimCase update(String id, CaseUpdate update) {
        ClaimCase next = database.append("update case " + id, c -> {
            ClaimCase current = existing(c, id);
            refuseStale(current, update.baseVersion(), "make your change again");
            refuseTakenClaimNumber(c, update.claimNumber(), id);
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            ClaimCase changed = new ClaimCase(id, update.claimNumber(), update.claimant(), update.policyNumber(),
                    update.status(), current.createdAt(), now.isBefore(current.updatedAt()) ? current.updatedAt() : now,
                    update.analyst(), current.version() + 1);
            CaseRows.replace(c, current, changed);
            OutboxRows.record(c, ChangeKind.CASE, id);
            return changed;
        });
        LOG.debug("Updated case {} to version {}", id, next.version());
        return next;
    }

    @Override
    public Optional<ClaimCase> find(String idOrClaimNumber) {
        if (idOrClaimNumber == null || idOrClaimNumber.isBlank()) {
            return Optional.empty();
        }
        String key = idOrClaimNumber.strip();
        return database.read("read a case", c -> {
            Optional<ClaimCase> byId = CaseRows.byId(c, key);
            return byId.isPresent() ? byId : CaseRows.byClaimNumber(c, key);
        });
    }

    @Override
    public List<ClaimCase> list() {
        return database.read("list the cases", CaseRows::all);
    }

    @Override
    public List<ClaimCase> history(String id) {
        return database.read("read the history of a case", c -> CaseRows.history(c, id));
    }

    @Override
    public ClaimCase attach(CaseDocumentEdit edit) {
        String sha256 = edit.document();
        ClaimCase next = database.append("attach a document to a case", c -> {
            ClaimCase current = existing(c, edit.caseId());
            refuseStale(current, edit.baseVersion(), "attach the document again");
            if (!CaseRows.documentIndexed(c, sha256)) {
                throw new InvalidCaseException("No indexed document has the SHA-256 '" + sha256 + "'; index the"
                        + " file first, then attach it.");
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            if (!CaseRows.link(c, current.id(), sha256, now, edit.analyst())) {
                return current;
            }
            String name = CaseRows.documents(c, current.id()).stream().filter(d -> d.sha256().equals(sha256))
                    .map(CaseDocument::name).findFirst().orElse(sha256);
            OutboxRows.record(c, ChangeKind.CASE_DOCUMENT, ChangeKind.caseDocumentRef(current.id(), sha256));
            return bump(c, current, now, edit.analyst(), "Attached " + name);
        });
        LOG.debug("Case {} is at version {} after an attach", edit.caseId(), next.version());
        return next;
    }

    @Override
    public ClaimCase detach(CaseDocumentEdit edit) {
        String sha256 = edit.document();
        ClaimCase next = database.append("detach a document from a case", c -> {
            ClaimCase current = existing(c, edit.caseId());
            refuseStale(current, edit.baseVersion(), "detach the document again");
            Optional<CaseDocument> linked = CaseRows.documents(c, current.id()).stream()
                    .filter(d -> d.sha256().equals(sha256)).findFirst();
            if (linked.isEmpty() || !CaseRows.unlink(c, current.id(), sha256)) {
                return current;
            }
            OutboxRows.record(c, ChangeKind.CASE_DOCUMENT, ChangeKind.caseDocumentRef(current.id(), sha256));
            return bump(c, current, Instant.now().truncatedTo(ChronoUnit.MICROS), edit.analyst(),
                    "Detached " + linked.get().name());
        });
        LOG.debug("Case {} is at version {} after a detach", edit.caseId(), next.version());
        return next;
    }

    @Override
    public List<CaseChange> changes(String id) {
        return database.read("read the changes of a case", c -> {
            Optional<ClaimCase> current = CaseRows.byId(c, id == null ? "" : id);
            if (current.isEmpty()) {
                return List.of();
            }
            List<ClaimCase> versions = new ArrayList<>(CaseRows.history(c, id));
            versions.add(current.get());
            return CaseChanges.of(versions, CaseRows.changeNotes(c, id));
        });
    }

    /** The case's next version, same fields, made by {@code by} at {@code at} for the reason {@code note}. */
    private static ClaimCase bump(Connection c, ClaimCase current, Instant at, String by, String note)
            throws SQLException {
        ClaimCase next = new ClaimCase(current.id(), current.claimNumber(), current.claimant(),
                current.policyNumber(), current.status(), current.createdAt(),
                at.isBefore(current.updatedAt()) ? current.updatedAt() : at, by, current.version() + 1);
        CaseRows.replace(c, current, next, note);
        OutboxRows.record(c, ChangeKind.CASE, current.id());
        return next;
    }

    /** Refuses a change made on a version that is no longer the current one; {@code redo} says what to do again. */
    private static void refuseStale(ClaimCase current, long baseVersion, String redo) {
        if (current.version() != baseVersion) {
            throw new InvalidCaseException("Case " + current.claimNumber() + " was changed by "
                    + current.updatedBy() + " at " + current.updatedAt() + " (now version " + current.version()
                    + ") after you opened version " + baseVersion + "; reload it and " + redo + ".");
        }
    }

    @Override
    public Optional<CaseOrigin> origin(String id) {
        return database.read("read where a case comes from", c -> CaseRows.origin(c, id == null ? "" : id));
    }

    @Override
    public List<CaseDocument> documents(String caseId) {
        return database.read("read the documents of a case", c -> CaseRows.documents(c, caseId));
    }

    @Override
    public List<DecisionRecord> decisions(String caseId) {
        return database.read("read the decisions of a case", c -> DecisionRows.ofCase(c, caseId));
    }

    private static ClaimCase existing(Connection c, String id) throws SQLException {
        return CaseRows.byId(c, id == null ? "" : id).orElseThrow(() -> new CaseNotFoundException(id));
    }

    private static void refuseTakenClaimNumber(Connection c, String claimNumber, String exceptId) throws SQLException {
        Optional<ClaimCase> holder = CaseRows.byClaimNumber(c, claimNumber)
                .filter(k -> k.claimNumber().equalsIgnoreCase(claimNumber));
        if (holder.isPresent() && !holder.get().id().equals(exceptId)) {
            throw new InvalidCaseException("A case with the claim number '" + holder.get().claimNumber()
                    + "' exists already (" + describe(holder.get()) + "); open that case or use another number.");
        }
    }

    private static String describe(ClaimCase k) {
        return k.claimant().isEmpty() ? "status " + k.status().label() : k.claimant() + ", " + k.status().label();
    }
}
