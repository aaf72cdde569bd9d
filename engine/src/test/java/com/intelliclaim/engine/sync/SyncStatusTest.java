package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.store.AwaitedTeamCase;
import com.intelliclaim.engine.store.KeptRemoval;
import com.intelliclaim.engine.store.TeamCaseResult;
import com.intelliclaim.engine.store.WaitingTeamCase;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What the sync status says about the team's changes that wait here, in plain words, one sentence per kind: cases
 * waiting for their claim number, removals kept, and changes held for cases that have not arrived.
 */
class SyncStatusTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00Z");

    static Stream<Arguments> waiting() {
        return Stream.of(
                Arguments.of(0, 0, List.of(), List.of()),
                Arguments.of(1, 0, List.of(), List.of("1 team case waits: claim number CLM-1 is used here by another"
                        + " case — rename one of them.")),
                Arguments.of(2, 0, List.of(), List.of("2 team cases wait: claim numbers CLM-1, CLM-2 are used here by"
                        + " other cases — rename one of each pair.")),
                Arguments.of(0, 1, List.of(), List.of("1 teammate's removal waits: doc-1.pdf is still needed by a case"
                        + " or decision here; it is removed once nothing here needs it.")),
                Arguments.of(1, 2, List.of(), List.of("1 team case waits: claim number CLM-1 is used here by another"
                        + " case — rename one of them.", "2 teammates' removals wait: doc-1.pdf, doc-2.pdf are still"
                        + " needed by cases or decisions here; each is removed once nothing here needs it.")),
                Arguments.of(0, 0, List.of(new AwaitedTeamCase("k-9", 1, 0)), List.of("1 team change waits for case"
                        + " k-9 to arrive (only its id is known here); it applies when a teammate's sync brings the"
                        + " case.")),
                Arguments.of(0, 0, List.of(new AwaitedTeamCase("k-9", 1, 1)), List.of("2 team changes wait for case"
                        + " k-9 to arrive (only its id is known here); they apply when a teammate's sync brings the"
                        + " case.")),
                Arguments.of(1, 0, List.of(new AwaitedTeamCase("k-8", 0, 1), new AwaitedTeamCase("k-9", 2, 0)),
                        List.of("1 team case waits: claim number CLM-1 is used here by another case — rename one of"
                                + " them.", "3 team changes wait for 2 cases to arrive: k-8, k-9 (only their ids are"
                                + " known here); each applies when a teammate's sync brings its case.")),
                Arguments.of(7, 0, IntStream.rangeClosed(1, 7).mapToObj(i -> new AwaitedTeamCase("k-" + i, 1, 0))
                        .toList(), List.of("7 team cases wait: claim numbers CLM-1, CLM-2, CLM-3, CLM-4, CLM-5 and 2"
                        + " more are used here by other cases — rename one of each pair.", "7 team changes wait for 7"
                        + " cases to arrive: k-1, k-2, k-3, k-4, k-5 and 2 more (only their ids are known here); each"
                        + " applies when a teammate's sync brings its case.")));
    }

    @ParameterizedTest(name = "{0} cases, {1} removals and changes for {2} waiting")
    @MethodSource("waiting")
    void saysWhatWaitsAndWhatToDo(int cases, int removals, List<AwaitedTeamCase> awaited, List<String> expected) {
        SyncStatus status = new SyncStatus(0, Optional.of(T), Optional.empty(), Optional.empty()).waiting(
                IntStream.rangeClosed(1, cases).mapToObj(i -> new WaitingTeamCase("k-" + i, "CLM-" + i, "Tara",
                        "asha", TeamCaseResult.CLAIM_NUMBER_TAKEN, T)).toList(),
                IntStream.rangeClosed(1, removals).mapToObj(i -> new KeptRemoval(String.valueOf(i).repeat(64),
                        "doc-" + i + ".pdf", "asha", T, T)).toList(), awaited);

        assertThat(status.describeWaiting()).containsExactlyElementsOf(expected);
        assertThat(status.lastSuccess()).hasValue(T);
    }
}
