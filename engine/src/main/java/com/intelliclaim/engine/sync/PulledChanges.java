package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.store.SharedCaseLink;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A page of the change log turned into the records it names, each read once and as it is now. The case of a
 * decision or of a link comes along even when its own entry is older (a decision may have reached the server before
 * its case), so the case is stored first and the link kept. When the server does not have the case yet either, the
 * local store holds the link or the decision's case until the case comes (see {@code H2SharedRecords#applyCaseLink}).
 */
final class PulledChanges {
    private final Map<String, TeamCase> cases = new LinkedHashMap<>();
    private final Map<String, TeamDocument> documents = new LinkedHashMap<>();
    private final Map<String, SharedCaseLink> links = new LinkedHashMap<>();
    private final Map<String, DecisionRecord> decisions = new LinkedHashMap<>();
    private final Map<String, TeamNote> notes = new LinkedHashMap<>();
    private final Map<String, TeamRemoval> removals = new LinkedHashMap<>();
    private final Connection c;

    private PulledChanges(Connection c) {
        this.c = c;
    }

    static TeamChanges read(Connection c, List<ChangeLog.Entry> entries, SyncCursor next) throws SQLException {
        PulledChanges pulled = new PulledChanges(c);
        for (ChangeLog.Entry entry : entries) {
            pulled.take(entry);
        }
        return new TeamChanges(List.copyOf(pulled.cases.values()), List.copyOf(pulled.documents.values()),
                List.copyOf(pulled.links.values()), List.copyOf(pulled.decisions.values()),
                List.copyOf(pulled.notes.values()), List.copyOf(pulled.removals.values()), next);
    }

    private void take(ChangeLog.Entry entry) throws SQLException {
        String ref = entry.ref();
        switch (entry.kind()) {
            case ChangeLog.DOCUMENT -> {
                if (!documents.containsKey(ref)) {
                    PostgresReads.document(c, ref).ifPresent(d -> documents.put(ref, d));
                }
            }
            case ChangeLog.DECISION -> {
                if (!decisions.containsKey(ref)) {
                    var decision = PostgresReads.decision(c, ref);
                    if (decision.isPresent()) {
                        withCase(decision.get().caseId());
                        decisions.put(ref, decision.get());
                    }
                }
            }
            case ChangeLog.NOTE -> PostgresReads.note(c, ref).ifPresent(n -> notes.put(ref, n));
            case ChangeLog.CASE -> withCase(ref);
            case ChangeLog.CASE_DOCUMENT -> {
                int slash = ref.indexOf('/');
                String caseId = ref.substring(0, slash);
                withCase(caseId);
                PostgresReads.link(c, caseId, ref.substring(slash + 1)).ifPresent(l -> links.put(ref, l));
            }
            case ChangeLog.DOCUMENT_REMOVED -> PostgresReads.removal(c, ref).ifPresent(r -> removals.put(ref, r));
            default -> throw new SyncException("The team database holds a change of an unknown kind ("
                    + entry.kind() + "); update IntelliClaim to read it.", false, null);
        }
    }

    private void withCase(String caseId) throws SQLException {
        if (caseId != null && !cases.containsKey(caseId)) {
            PostgresReads.teamCase(c, caseId).ifPresent(k -> cases.put(caseId, k));
        }
    }
}
