package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import java.util.List;

/** Local changes sent to the team's database in one transaction, pushed by one analyst. Oldest first. */
public record ChangeSet(List<TeamDocument> documents, List<DecisionRecord> decisions, List<TeamNote> notes,
                        String pushedBy) {
    public ChangeSet {
        documents = List.copyOf(documents);
        decisions = List.copyOf(decisions);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return documents.isEmpty() && decisions.isEmpty() && notes.isEmpty();
    }
}
