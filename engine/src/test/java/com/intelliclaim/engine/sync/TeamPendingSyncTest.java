package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.NewCase;
import com.intelliclaim.engine.store.CaseStore;
import com.intelliclaim.engine.store.FolderBeforeCaseSync;
import com.intelliclaim.engine.store.KeptRemoval;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two analysts (two data folders with the real H2 stores) through a real S3 API server and a real PostgreSQL: a
 * teammate's change that cannot apply here yet waits and applies on a later pass, and the sync status says what
 * waits and what to do.
 */
class TeamPendingSyncTest {
    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    @RegisterExtension
    final TwoAnalysts team = TwoAnalysts.on(backend);

    @Test
    void aCaseWhoseClaimNumberIsUsedHereWaitsAndArrivesWithItsDocumentsAfterARename() {
        String policy = team.asha().addDocument("Clause 4.2: cataract surgery is covered after 24 months.");
        ClaimCase ashas = team.asha().cases.create(new NewCase("CLM-7", "Tara", "POL-7", "asha"));
        attach(team.asha().cases, ashas.id(), policy, "asha");
        DecisionRecord decided = team.asha().decide(ashas.id(), policy);
        team.sync(team.asha());
        ClaimCase balas = team.bala().cases.create(new NewCase("CLM-7", "Tara S", "POL-7", "bala"));

        SyncReport refused = team.sync(team.bala());

        assertThat(refused.cases().waiting()).isEqualTo(1);
        assertThat(refused.describe()).contains("1 waits here (claim number used by another case here)");
        assertThat(team.bala().cases.find(ashas.id())).isEmpty();
        assertThat(team.bala().decisions.find(decided.id())).hasValueSatisfying(d -> assertThat(d.caseId()).isNull());
        assertThat(team.bala().status().describeWaiting()).containsExactly(
                "1 team case waits: claim number CLM-7 is used here by another case — rename one of them.");
        assertThat(team.sync(team.bala()).cases().waiting()).as("tried again, still used here").isEqualTo(1);

        team.bala().cases.update(balas.id(), balas.toUpdate("bala").withFields("CLM-7-B", "Tara S", "POL-7"));
        SyncReport applied = team.sync(team.bala());

        assertThat(applied.cases().received()).isEqualTo(1);
        assertThat(applied.cases().waiting()).isZero();
        assertThat(team.bala().status().describeWaiting()).isEmpty();
        assertThat(team.bala().cases.find(ashas.id())).hasValueSatisfying(k -> {
            assertThat(k.claimNumber()).isEqualTo("CLM-7");
            assertThat(k.version()).isEqualTo(2);
        });
        assertThat(team.bala().cases.origin(ashas.id())).hasValueSatisfying(o -> assertThat(o.receivedFrom())
                .isEqualTo("asha"));
        assertThat(team.bala().cases.documents(ashas.id())).extracting(CaseDocument::sha256).containsExactly(policy);
        assertThat(team.bala().cases.decisions(ashas.id())).extracting(DecisionRecord::id)
                .containsExactly(decided.id());
        team.sync(team.asha());
        assertThat(team.asha().cases.list()).extracting(ClaimCase::claimNumber)
                .containsExactlyInAnyOrder("CLM-7", "CLM-7-B");
    }

    /**
     * The team database gets a decision before its case when an analyst upgrades from before cases travelled: the
     * upgrade queues the case behind the decisions made in it, the first sync sends them in an earlier batch, and a
     * teammate who pulls between the two batches (or after the case's batch failed) has the decisions first.
     */
    @Test
    void decisionsPulledBeforeTheirCaseGetTheirCaseWhenItArrives(@TempDir Path tmp) {
        Instant created = Instant.parse("2026-02-01T09:00:00Z");
        ClaimCase k = new ClaimCase(UUID.randomUUID().toString(), "CLM-3", "Anu", "POL-3", CaseStatus.OPEN, created,
                created, "ravi", 1);
        List<DecisionRecord> decided = IntStream.range(0, SyncWorker.PUSH_BATCH)
                .mapToObj(i -> TeamLocal.decision(k.id(), "d".repeat(64), "ravi")).toList();
        Path folder = tmp.resolve("ravi");
        FolderBeforeCaseSync.create(folder.resolve("db/store"), k, decided);
        AtomicBoolean pulledBetween = new AtomicBoolean();
        List<String> waitingBetween = new ArrayList<>();

        try (TeamLocal ravi = new TeamLocal(folder, "ravi")) {
            team.sync(ravi, (done, total, message) -> {
                if (done == SyncWorker.PUSH_BATCH && !pulledBetween.getAndSet(true)) { // decisions sent, case not yet
                    team.sync(team.bala());
                    assertThat(team.bala().records.hasDecision(decided.get(0).id())).isTrue();
                    assertThat(team.bala().cases.find(k.id())).isEmpty();
                    waitingBetween.addAll(team.bala().status().describeWaiting());
                }
            });
        }

        assertThat(pulledBetween).as("Bala pulled between Ravi's batches").isTrue();
        assertThat(waitingBetween).containsExactly(SyncWorker.PUSH_BATCH + " team changes wait for case " + k.id()
                + " to arrive (only its id is known here); they apply when a teammate's sync brings the case.");

        SyncReport arrived = team.sync(team.bala());

        assertThat(arrived.cases().received()).isEqualTo(1);
        assertThat(team.bala().cases.find(k.id())).hasValueSatisfying(c -> assertThat(c.claimNumber())
                .isEqualTo("CLM-3"));
        assertThat(team.bala().cases.decisions(k.id())).extracting(DecisionRecord::id)
                .containsExactlyInAnyOrderElementsOf(decided.stream().map(DecisionRecord::id).toList());
        assertThat(team.bala().records.awaitedCases()).isEmpty();
        assertThat(team.bala().status().describeWaiting()).isEmpty();
    }

    @Test
    void aNewerVersionOfAWaitingCaseTakesItsPlace() {
        ClaimCase first = team.asha().cases.create(new NewCase("CLM-8", "Meera", "POL-8", "asha"));
        team.sync(team.asha());
        team.bala().cases.create(new NewCase("CLM-8", "Meera I", "POL-8", "bala"));
        team.sync(team.bala());
        ClaimCase second = team.asha().cases.update(first.id(), first.toUpdate("asha").withFields("CLM-8", "Meera Iyer",
                "POL-8"));
        team.sync(team.asha());

        assertThat(team.sync(team.bala()).cases().waiting()).isEqualTo(1);
        assertThat(team.bala().records.waitingCases()).singleElement()
                .satisfies(w -> assertThat(w.claimant()).isEqualTo("Meera Iyer"));

        ClaimCase third = team.asha().cases.update(first.id(),
                second.toUpdate("asha").withFields("CLM-8-A", "Meera Iyer", "POL-8"));
        team.sync(team.asha());
        SyncReport pass = team.sync(team.bala());

        assertThat(pass.cases().received()).isEqualTo(1);
        assertThat(team.bala().records.waitingCases()).isEmpty();
        assertThat(team.bala().cases.find(first.id())).hasValue(third);
        assertThat(team.bala().cases.history(first.id())).extracting(ClaimCase::version, ClaimCase::claimant)
                .containsExactly(Tuple.tuple(1L, "Meera"), Tuple.tuple(2L, "Meera Iyer"));
    }

    @Test
    void aRemovalKeptForACaseHereAppliesOnceTheCaseDetachesTheDocumentAndNeverToACitedOne() {
        String attached = team.asha().addDocument("Policy wording A: room rent 1% of the sum insured.");
        String cited = team.asha().addDocument("Addendum: cataract limit 40,000.");
        team.sync(team.asha());
        team.sync(team.bala());
        ClaimCase balas = team.bala().cases.create(new NewCase("CLM-9", "Anil", "POL-9", "bala"));
        attach(team.bala().cases, balas.id(), attached, "bala");
        team.bala().decide(null, cited);
        for (String sha : new String[] {attached, cited}) {
            team.asha().store.remove(team.asha().store.findBySha256(sha).orElseThrow().id());
        }
        team.sync(team.asha());

        SyncReport kept = team.sync(team.bala());

        assertThat(kept.removals().kept()).isEqualTo(2);
        assertThat(team.bala().records.keptRemovals()).extracting(KeptRemoval::sha256, KeptRemoval::removedBy)
                .containsExactlyInAnyOrder(Tuple.tuple(attached, "asha"), Tuple.tuple(cited, "asha"));
        assertThat(team.bala().status().describeWaiting()).singleElement().asString()
                .startsWith("2 teammates' removals wait: ")
                .endsWith(" are still needed by cases or decisions here; each is removed once nothing here needs it.");

        detach(team.bala().cases, balas.id(), attached, "bala");
        SyncReport applied = team.sync(team.bala());

        assertThat(applied.removals().applied()).isEqualTo(1);
        assertThat(team.bala().store.findBySha256(attached)).as("nothing here needs it now").isEmpty();
        assertThat(team.bala().store.findBySha256(cited)).as("a decision here cites it").isPresent();
        assertThat(team.bala().records.keptRemovals()).extracting(KeptRemoval::sha256).containsExactly(cited);
        assertThat(team.bala().status().describeWaiting()).containsExactly("1 teammate's removal waits: "
                + team.bala().store.findBySha256(cited).orElseThrow().name() + " is still needed by a case or decision"
                + " here; it is removed once nothing here needs it.");
        assertThat(team.sync(team.bala()).removals().applied()).isZero();
        assertThat(team.bala().store.findBySha256(cited)).isPresent();

        team.asha().addDocument("Addendum: cataract limit 40,000.");
        team.sync(team.asha());
        team.sync(team.bala());
        assertThat(team.bala().records.keptRemovals()).as("the team has the document again").isEmpty();
        assertThat(team.bala().store.findBySha256(cited)).isPresent();
    }

    /** Attaches at the case's current version, as the case view does. */
    private static ClaimCase attach(CaseStore cases, String caseId, String sha256, String analyst) {
        return cases.attach(new CaseDocumentEdit(caseId, sha256, analyst, cases.find(caseId).orElseThrow().version()));
    }

    /** Detaches at the case's current version, as the case view does. */
    private static ClaimCase detach(CaseStore cases, String caseId, String sha256, String analyst) {
        return cases.detach(new CaseDocumentEdit(caseId, sha256, analyst, cases.find(caseId).orElseThrow().version()));
    }
}
