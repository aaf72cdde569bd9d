package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.api.DecisionRecord;
import java.util.List;

/** The team's records after a cursor, oldest first, and the cursor after them. */
public record TeamChanges(List<TeamDocument> documents, List<DecisionRecord> decisions, List<TeamNote> notes,
                          SyncCursor next) {
    public TeamChanges {
        documents = List.copyOf(documents);
        decisions = List.copyOf(decisions);
        notes = List.copyOf(notes);
    }

    public boolean isEmpty() {
        return documents.isEmpty() && decisions.isEmpty() && notes.isEmpty();
    }
}
