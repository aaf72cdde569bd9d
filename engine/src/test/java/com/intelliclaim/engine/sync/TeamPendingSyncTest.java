package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.NewCase;
import com.intelliclaim.engine.store.CaseStore;
import com.intelliclaim.engine.store.KeptRemoval;
import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
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

    @TempDir
    Path tmp;
    private S3DocumentObjects objects;
    private PostgresBackend database;
    private TeamLocal asha;
    private TeamLocal bala;

    @BeforeEach
    void twoAnalysts() {
        objects = S3DocumentObjects.open(backend.s3Settings(), TestS3.credentials());
        database = PostgresBackend.open(backend.databaseSettings(), (h, p, u) -> "");
        asha = new TeamLocal(tmp.resolve("asha"), "asha");
        bala = new TeamLocal(tmp.resolve("bala"), "bala");
    }

    @AfterEach
    void close() {
        asha.close();
        bala.close();
        database.close();
        objects.close();
    }

    private SyncReport sync(TeamLocal analyst) {
        return analyst.sync(objects, database);
    }

    @Test
    void aCaseWhoseClaimNumberIsUsedHereWaitsAndArrivesWithItsDocumentsAfterARename() {
        String policy = asha.addDocument("Clause 4.2: cataract surgery is covered after 24 months.");
        ClaimCase ashas = asha.cases.create(new NewCase("CLM-7", "Tara", "POL-7", "asha"));
        attach(asha.cases, ashas.id(), policy, "asha");
        DecisionRecord decided = asha.decide(ashas.id(), policy);
        sync(asha);
        ClaimCase balas = bala.cases.create(new NewCase("CLM-7", "Tara S", "POL-7", "bala"));

        SyncReport refused = sync(bala);

        assertThat(refused.cases().waiting()).isEqualTo(1);
        assertThat(refused.describe()).contains("1 waits here (claim number used by another case here)");
        assertThat(bala.cases.find(ashas.id())).isEmpty();
        assertThat(bala.decisions.find(decided.id())).hasValueSatisfying(d -> assertThat(d.caseId()).isNull());
        assertThat(bala.status().describeWaiting()).containsExactly(
                "1 team case waits: claim number CLM-7 is used here by another case — rename one of them.");
        assertThat(sync(bala).cases().waiting()).as("tried again, still used here").isEqualTo(1);

        bala.cases.update(balas.id(), balas.toUpdate("bala").withFields("CLM-7-B", "Tara S", "POL-7"));
        SyncReport applied = sync(bala);

        assertThat(applied.cases().received()).isEqualTo(1);
        assertThat(applied.cases().waiting()).isZero();
        assertThat(bala.status().describeWaiting()).isEmpty();
        assertThat(bala.cases.find(ashas.id())).hasValueSatisfying(k -> {
            assertThat(k.claimNumber()).isEqualTo("CLM-7");
            assertThat(k.version()).isEqualTo(2);
        });
        assertThat(bala.cases.origin(ashas.id())).hasValueSatisfying(o -> assertThat(o.receivedFrom())
                .isEqualTo("asha"));
        assertThat(bala.cases.documents(ashas.id())).extracting(CaseDocument::sha256).containsExactly(policy);
        assertThat(bala.cases.decisions(ashas.id())).extracting(DecisionRecord::id).containsExactly(decided.id());
        sync(asha);
        assertThat(asha.cases.list()).extracting(ClaimCase::claimNumber)
                .containsExactlyInAnyOrder("CLM-7", "CLM-7-B");
    }

    @Test
    void aNewerVersionOfAWaitingCaseTakesItsPlace() {
        ClaimCase first = asha.cases.create(new NewCase("CLM-8", "Meera", "POL-8", "asha"));
        sync(asha);
        bala.cases.create(new NewCase("CLM-8", "Meera I", "POL-8", "bala"));
        sync(bala);
        ClaimCase second = asha.cases.update(first.id(), first.toUpdate("asha").withFields("CLM-8", "Meera Iyer",
                "POL-8"));
        sync(asha);

        assertThat(sync(bala).cases().waiting()).isEqualTo(1);
        assertThat(bala.records.waitingCases()).singleElement()
                .satisfies(w -> assertThat(w.claimant()).isEqualTo("Meera Iyer"));

        ClaimCase third = asha.cases.update(first.id(), second.toUpdate("asha").withFields("CLM-8-A", "Meera Iyer",
                "POL-8"));
        sync(asha);
        SyncReport pass = sync(bala);

        assertThat(pass.cases().received()).isEqualTo(1);
        assertThat(bala.records.waitingCases()).isEmpty();
        assertThat(bala.cases.find(first.id())).hasValue(third);
        assertThat(bala.cases.history(first.id())).extracting(ClaimCase::version, ClaimCase::claimant)
                .containsExactly(Tuple.tuple(1L, "Meera"), Tuple.tuple(2L, "Meera Iyer"));
    }

    @Test
    void aRemovalKeptForACaseHereAppliesOnceTheCaseDetachesTheDocumentAndNeverToACitedOne() {
        String attached = asha.addDocument("Policy wording A: room rent 1% of the sum insured.");
        String cited = asha.addDocument("Addendum: cataract limit 40,000.");
        sync(asha);
        sync(bala);
        ClaimCase balas = bala.cases.create(new NewCase("CLM-9", "Anil", "POL-9", "bala"));
        attach(bala.cases, balas.id(), attached, "bala");
        bala.decide(null, cited);
        for (String sha : new String[] {attached, cited}) {
            asha.store.remove(asha.store.findBySha256(sha).orElseThrow().id());
        }
        sync(asha);

        SyncReport kept = sync(bala);

        assertThat(kept.removals().kept()).isEqualTo(2);
        assertThat(bala.records.keptRemovals()).extracting(KeptRemoval::sha256, KeptRemoval::removedBy)
                .containsExactlyInAnyOrder(Tuple.tuple(attached, "asha"), Tuple.tuple(cited, "asha"));
        assertThat(bala.status().describeWaiting()).singleElement().asString()
                .startsWith("2 teammates' removals wait: ")
                .endsWith(" are still needed by cases or decisions here; each is removed once nothing here needs it.");

        detach(bala.cases, balas.id(), attached, "bala");
        SyncReport applied = sync(bala);

        assertThat(applied.removals().applied()).isEqualTo(1);
        assertThat(bala.store.findBySha256(attached)).as("nothing here needs it now").isEmpty();
        assertThat(bala.store.findBySha256(cited)).as("a decision here cites it").isPresent();
        assertThat(bala.records.keptRemovals()).extracting(KeptRemoval::sha256).containsExactly(cited);
        assertThat(bala.status().describeWaiting()).containsExactly("1 teammate's removal waits: "
                + bala.store.findBySha256(cited).orElseThrow().name() + " is still needed by a case or decision"
                + " here; it is removed once nothing here needs it.");
        assertThat(sync(bala).removals().applied()).isZero();
        assertThat(bala.store.findBySha256(cited)).isPresent();

        asha.addDocument("Addendum: cataract limit 40,000.");
        sync(asha);
        sync(bala);
        assertThat(bala.records.keptRemovals()).as("the team has the document again").isEmpty();
        assertThat(bala.store.findBySha256(cited)).isPresent();
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
