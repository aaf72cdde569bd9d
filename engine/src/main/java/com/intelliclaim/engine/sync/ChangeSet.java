package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.store.SharedCase;
import com.intelliclaim.engine.store.SharedCaseLink;
import java.util.List;

/** Local changes sent to the team's database in one transaction, pushed by one analyst. Oldest first. */
public record ChangeSet(List<TeamDocument> documents, List<SharedCase> cases, List<SharedCaseLink> links,
                        List<DecisionRecord> decisions, List<TeamNote> notes, List<TeamRemoval> removals,
                        String pushedBy) {
    public ChangeSet {
        documents = List.copyOf(documents);
        cases = List.copyOf(cases);
        links = List.copyOf(links);
        decisions = List.copyOf(decisions);
        notes = List.copyOf(notes);
        removals = List.copyOf(removals);
    }

    public boolean isEmpty() {
        return documents.isEmpty() && cases.isEmpty() && links.isEmpty() && decisions.isEmpty() && notes.isEmpty()
                && removals.isEmpty();
    }
}
