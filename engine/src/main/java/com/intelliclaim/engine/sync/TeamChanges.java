package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.store.SharedCaseLink;
import java.util.List;

/**
 * The team's records changed after a cursor, each as it is now, and the cursor after them. Apply them in the order
 * of the components: cases first (decisions and links name them), removals last (a decision received in the same
 * page may cite the removed document).
 */
public record TeamChanges(List<TeamCase> cases, List<TeamDocument> documents, List<SharedCaseLink> links,
                          List<DecisionRecord> decisions, List<TeamNote> notes, List<TeamRemoval> removals,
                          SyncCursor next) {
    public TeamChanges {
        cases = List.copyOf(cases);
        documents = List.copyOf(documents);
        links = List.copyOf(links);
        decisions = List.copyOf(decisions);
        notes = List.copyOf(notes);
        removals = List.copyOf(removals);
    }

    public boolean isEmpty() {
        return cases.isEmpty() && documents.isEmpty() && links.isEmpty() && decisions.isEmpty() && notes.isEmpty()
                && removals.isEmpty();
    }
}
