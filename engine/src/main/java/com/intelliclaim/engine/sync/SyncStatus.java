package com.intelliclaim.engine.sync;

import com.intelliclaim.engine.store.AwaitedTeamCase;
import com.intelliclaim.engine.store.KeptRemoval;
import com.intelliclaim.engine.store.WaitingTeamCase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Changes waiting to be sent, when a sync last finished, and the last failure with its time; and the team's changes
 * that wait here: teammates' cases whose claim number another case here has, teammates' removals of documents a
 * case or decision here still needs, and teammates' attaches, detaches and decisions held for cases that have not
 * arrived here yet.
 */
public record SyncStatus(long pending, Optional<Instant> lastSuccess, Optional<String> lastError,
                         Optional<Instant> lastErrorAt, List<WaitingTeamCase> waitingCases,
                         List<KeptRemoval> keptRemovals, List<AwaitedTeamCase> awaitedCases) {
    /** How many claim numbers, document names or case ids a line lists before it counts the rest. */
    static final int LISTED = 5;

    public SyncStatus {
        waitingCases = List.copyOf(waitingCases);
        keptRemovals = List.copyOf(keptRemovals);
        awaitedCases = List.copyOf(awaitedCases);
    }

    /** A status with nothing of the team's waiting here. */
    public SyncStatus(long pending, Optional<Instant> lastSuccess, Optional<String> lastError,
                      Optional<Instant> lastErrorAt) {
        this(pending, lastSuccess, lastError, lastErrorAt, List.of(), List.of(), List.of());
    }

    /** This status with the team's changes that wait here. */
    public SyncStatus waiting(List<WaitingTeamCase> cases, List<KeptRemoval> removals,
                              List<AwaitedTeamCase> awaited) {
        return new SyncStatus(pending, lastSuccess, lastError, lastErrorAt, cases, removals, awaited);
    }

    /**
     * What of the team's waits here and what the analyst can do about it, one plain sentence per kind, e.g. "1 team
     * case waits: claim number CLM-7 is used here by another case — rename one of them."; empty when nothing waits.
     * Changes held for a case that has not arrived name the case by its id, the only thing known of it here.
     */
    public List<String> describeWaiting() {
        List<String> lines = new ArrayList<>();
        if (!waitingCases.isEmpty()) {
            String numbers = someOf(waitingCases.stream().map(WaitingTeamCase::claimNumber).toList());
            lines.add(waitingCases.size() == 1
                    ? "1 team case waits: claim number " + numbers + " is used here by another case — rename one of"
                    + " them."
                    : waitingCases.size() + " team cases wait: claim numbers " + numbers + " are used here by other"
                    + " cases — rename one of each pair.");
        }
        if (!keptRemovals.isEmpty()) {
            String names = someOf(keptRemovals.stream().map(KeptRemoval::documentName).toList());
            lines.add(keptRemovals.size() == 1
                    ? "1 teammate's removal waits: " + names + " is still needed by a case or decision here; it is"
                    + " removed once nothing here needs it."
                    : keptRemovals.size() + " teammates' removals wait: " + names + " are still needed by cases or"
                    + " decisions here; each is removed once nothing here needs it.");
        }
        if (!awaitedCases.isEmpty()) {
            lines.add(describeAwaited());
        }
        return lines;
    }

    /**
     * The first {@link #LISTED} of {@code items}, then how many more: a status line and a tooltip stay readable when
     * dozens wait ("a, b, c, d, e and 7 more").
     */
    private static String someOf(List<String> items) {
        String shown = String.join(", ", items.subList(0, Math.min(items.size(), LISTED)));
        return items.size() <= LISTED ? shown : shown + " and " + (items.size() - LISTED) + " more";
    }

    /**
     * E.g. "2 team changes wait for case 7c1e… to arrive (only its id is known here); they apply when a teammate's
     * sync brings the case."
     */
    private String describeAwaited() {
        int changes = awaitedCases.stream().mapToInt(AwaitedTeamCase::changes).sum();
        String ids = someOf(awaitedCases.stream().map(AwaitedTeamCase::caseId).toList());
        String held = changes == 1 ? "1 team change waits" : changes + " team changes wait";
        if (awaitedCases.size() == 1) {
            return held + " for case " + ids + " to arrive (only its id is known here); "
                    + (changes == 1 ? "it applies" : "they apply") + " when a teammate's sync brings the case.";
        }
        return held + " for " + awaitedCases.size() + " cases to arrive: " + ids + " (only their ids are known here);"
                + " each applies when a teammate's sync brings its case.";
    }
}
