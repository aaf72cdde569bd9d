package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.KeptRemoval;
import com.intelliclaim.engine.store.WaitingTeamCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Changes waiting to be sent, when a sync last finished, and the last failure with its time; and the team's changes
 * that wait here: teammates' cases whose claim number another case here has, and teammates' removals of documents a
 * case or decision here still needs.
 */
public record SyncStatus(long pending, Optional<Instant> lastSuccess, Optional<String> lastError,
                         Optional<Instant> lastErrorAt, List<WaitingTeamCase> waitingCases,
                         List<KeptRemoval> keptRemovals) {
    public SyncStatus {
        waitingCases = List.copyOf(waitingCases);
        keptRemovals = List.copyOf(keptRemovals);
    }

    /** A status with nothing of the team's waiting here. */
    public SyncStatus(long pending, Optional<Instant> lastSuccess, Optional<String> lastError,
                      Optional<Instant> lastErrorAt) {
        this(pending, lastSuccess, lastError, lastErrorAt, List.of(), List.of());
    }

    /** This status with the team's changes that wait here. */
    public SyncStatus waiting(List<WaitingTeamCase> cases, List<KeptRemoval> removals) {
        return new SyncStatus(pending, lastSuccess, lastError, lastErrorAt, cases, removals);
    }

    /**
     * What of the team's waits here and what the analyst can do about it, one plain sentence per kind, e.g. "1 team
     * case waits: claim number CLM-7 is used here by another case — rename one of them."; empty when nothing waits.
     */
    public List<String> describeWaiting() {
        List<String> lines = new ArrayList<>();
        if (!waitingCases.isEmpty()) {
            String numbers = waitingCases.stream().map(WaitingTeamCase::claimNumber)
                    .collect(Collectors.joining(", "));
            lines.add(waitingCases.size() == 1
                    ? "1 team case waits: claim number " + numbers + " is used here by another case — rename one of"
                    + " them."
                    : waitingCases.size() + " team cases wait: claim numbers " + numbers + " are used here by other"
                    + " cases — rename one of each pair.");
        }
        if (!keptRemovals.isEmpty()) {
            String names = keptRemovals.stream().map(KeptRemoval::documentName).collect(Collectors.joining(", "));
            lines.add(keptRemovals.size() == 1
                    ? "1 teammate's removal waits: " + names + " is still needed by a case or decision here; it is"
                    + " removed once nothing here needs it."
                    : keptRemovals.size() + " teammates' removals wait: " + names + " are still needed by cases or"
                    + " decisions here; each is removed once nothing here needs it.");
        }
        return lines;
    }
}
