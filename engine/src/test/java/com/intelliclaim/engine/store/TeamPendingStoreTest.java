package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.NewCase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Team changes that cannot apply here yet are kept in the local store (V11) and applied later: a teammate's case whose
 * claim number a case here has waits with its links and decisions; links and decisions naming a case that has not
 * arrived are held until it does; a teammate's removal of a document something here needs is kept until nothing does.
 */
class TeamPendingStoreTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00.000001Z");

    @TempDir
    Path tmp;
    private H2DocumentStore store;
    private H2CaseStore cases;
    private H2SharedRecords records;

    @BeforeEach
    void open() {
        store = H2DocumentStore.open(tmp.resolve("store"));
        cases = H2CaseStore.sharing(store);
        records = H2SharedRecords.sharing(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aCaseWhoseClaimNumberIsTakenWaitsWithItsLinkAndDecisionUntilTheCaseHereIsRenamed() {
        records.importDocument(document(DecisionFixtures.SHA_A), "asha");
        ClaimCase mine = cases.create(new NewCase("CLM-7", "Tara S", "POL-1", "bala"));
        SharedCase teams = shared(version(2, T.plusSeconds(60), "Tara"), version(1, T, "T"));

        assertThat(records.importCase(teams, "asha")).isEqualTo(TeamCaseResult.CLAIM_NUMBER_TAKEN);
        assertThat(records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_A, "policy.pdf", true,
                T.plusSeconds(90), "asha"))).as("held, not applied").isFalse();
        DecisionRecord decided = inCase(DecisionFixtures.record(), "team-k");
        assertThat(records.importDecision(decided)).isTrue();

        assertThat(records.waitingCases()).singleElement().satisfies(w -> {
            assertThat(w.caseId()).isEqualTo("team-k");
            assertThat(w.claimNumber()).isEqualTo("clm-7");
            assertThat(w.claimant()).isEqualTo("Tara");
            assertThat(w.receivedFrom()).isEqualTo("asha");
            assertThat(w.reason()).isEqualTo(TeamCaseResult.CLAIM_NUMBER_TAKEN);
        });
        assertThat(cases.find("team-k")).isEmpty();
        assertThat(H2DecisionStore.sharing(store).find(decided.id())).hasValueSatisfying(d ->
                assertThat(d.caseId()).as("stored at once, without its case for now").isNull());
        assertThat(records.retryWaitingCases()).as("still taken").containsExactly(TeamCaseResult.CLAIM_NUMBER_TAKEN);

        cases.update(mine.id(), mine.toUpdate("bala").withFields("CLM-7-B", "Tara S", "POL-1"));

        assertThat(records.retryWaitingCases()).containsExactly(TeamCaseResult.ADDED);
        assertThat(records.waitingCases()).isEmpty();
        assertThat(cases.find("team-k")).hasValueSatisfying(k -> {
            assertThat(k.claimNumber()).isEqualTo("clm-7");
            assertThat(k.version()).isEqualTo(2);
        });
        assertThat(cases.history("team-k")).extracting(ClaimCase::version, ClaimCase::claimant)
                .containsExactly(Tuple.tuple(1L, "T"));
        assertThat(cases.origin("team-k")).hasValueSatisfying(o -> assertThat(o.receivedFrom()).isEqualTo("asha"));
        assertThat(cases.documents("team-k")).extracting(CaseDocument::sha256).containsExactly(DecisionFixtures.SHA_A);
        assertThat(cases.decisions("team-k")).extracting(DecisionRecord::id).containsExactly(decided.id());
        assertThat(records.retryWaitingCases()).isEmpty();
    }

    @Test
    void aLinkAndADecisionNamingACaseNotHereAreHeldAndAppliedOnceWhenTheCaseArrives() {
        records.importDocument(document(DecisionFixtures.SHA_A), "asha");
        DecisionRecord decided = inCase(DecisionFixtures.record(), "team-k");

        assertThat(records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_A, "policy.pdf", true,
                T.plusSeconds(90), "asha"))).as("held, not applied").isFalse();
        assertThat(records.importDecision(decided)).isTrue();

        assertThat(H2DecisionStore.sharing(store).find(decided.id())).hasValueSatisfying(d ->
                assertThat(d.caseId()).as("stored at once, without its case for now").isNull());
        assertThat(records.waitingCases()).as("the case itself is not here to wait").isEmpty();
        assertThat(records.awaitedCases()).containsExactly(new AwaitedTeamCase("team-k", 1, 1));

        assertThat(records.importCase(shared(version(1, T, "Tara")), "asha")).isEqualTo(TeamCaseResult.ADDED);

        assertThat(cases.documents("team-k")).extracting(CaseDocument::sha256, CaseDocument::attachedBy)
                .containsExactly(Tuple.tuple(DecisionFixtures.SHA_A, "asha"));
        assertThat(cases.decisions("team-k")).extracting(DecisionRecord::id).containsExactly(decided.id());
        assertThat(records.awaitedCases()).as("the held rows are gone once applied").isEmpty();

        ClaimCase here = cases.find("team-k").orElseThrow();
        cases.detach(new CaseDocumentEdit("team-k", DecisionFixtures.SHA_A, "bala", here.version()));
        records.importCase(shared(version(1, T, "Tara")), "asha"); // the case again, as the next page may bring it
        assertThat(cases.documents("team-k")).as("the held attach is not applied a second time").isEmpty();
        assertThat(records.importDecision(decided)).as("stored once").isFalse();
        assertThat(cases.decisions("team-k")).extracting(DecisionRecord::id).containsExactly(decided.id());
    }

    @Test
    void theLaterOfAnAttachAndADetachHeldForOneDocumentWinsWhenTheCaseArrives() {
        records.importDocument(document(DecisionFixtures.SHA_A), "asha");
        records.importDocument(document(DecisionFixtures.SHA_B), "asha");
        records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_A, "a.pdf", true, T.plusSeconds(10),
                "asha"));
        records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_A, "a.pdf", false, T.plusSeconds(20),
                "ravi"));
        records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_A, "a.pdf", true, T.plusSeconds(5),
                "asha")); // an older attach arriving late does not undo the detach
        records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_B, "b.pdf", false, T.plusSeconds(10),
                "ravi"));
        records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_B, "b.pdf", true, T.plusSeconds(30),
                "asha"));

        assertThat(records.awaitedCases()).as("one held change per document")
                .containsExactly(new AwaitedTeamCase("team-k", 2, 0));

        assertThat(records.importCase(shared(version(1, T, "Tara")), "asha")).isEqualTo(TeamCaseResult.ADDED);

        assertThat(cases.documents("team-k")).extracting(CaseDocument::sha256, CaseDocument::attachedAt)
                .containsExactly(Tuple.tuple(DecisionFixtures.SHA_B, T.plusSeconds(30)));
        assertThat(records.awaitedCases()).isEmpty();
    }

    @Test
    void changesHeldForACaseNotHereStayHeldWhileTheCaseWaitsForItsClaimNumber() {
        records.importDocument(document(DecisionFixtures.SHA_A), "asha");
        ClaimCase mine = cases.create(new NewCase("CLM-7", "Tara S", "POL-1", "bala"));
        records.applyCaseLink(new SharedCaseLink("team-k", DecisionFixtures.SHA_A, "policy.pdf", true,
                T.plusSeconds(90), "asha"));

        assertThat(records.importCase(shared(version(1, T, "Tara")), "asha"))
                .isEqualTo(TeamCaseResult.CLAIM_NUMBER_TAKEN);
        assertThat(records.awaitedCases()).as("the case is here now, waiting; it is described as such").isEmpty();
        assertThat(records.waitingCases()).extracting(WaitingTeamCase::caseId).containsExactly("team-k");

        cases.update(mine.id(), mine.toUpdate("bala").withFields("CLM-7-B", "Tara S", "POL-1"));
        assertThat(records.retryWaitingCases()).containsExactly(TeamCaseResult.ADDED);

        assertThat(cases.documents("team-k")).extracting(CaseDocument::sha256).containsExactly(DecisionFixtures.SHA_A);
    }

    @Test
    void aNewerVersionOfAWaitingCaseTakesItsPlaceAndAnOlderOneJoinsItsHistory() {
        cases.create(new NewCase("CLM-7", "Tara S", "POL-1", "bala"));
        ClaimCase v1 = version(1, T, "Tara");
        ClaimCase v2 = version(2, T.plusSeconds(60), "Tara Singh");
        ClaimCase v3 = new ClaimCase("team-k", "CLM-8", "Tara Singh", "POL-1", CaseStatus.IN_REVIEW, T,
                T.plusSeconds(120), "ravi", 3);

        records.importCase(shared(v1), "asha");
        assertThat(records.importCase(shared(v2, v1), "ravi")).isEqualTo(TeamCaseResult.CLAIM_NUMBER_TAKEN);
        assertThat(records.waitingCases()).singleElement().satisfies(w -> {
            assertThat(w.claimant()).isEqualTo("Tara Singh");
            assertThat(w.receivedFrom()).isEqualTo("ravi");
        });
        records.importCase(shared(v1), "asha");
        assertThat(records.waitingCases()).as("an older version does not replace the newer")
                .singleElement().satisfies(w -> assertThat(w.claimant()).isEqualTo("Tara Singh"));

        assertThat(records.importCase(shared(v3), "ravi")).as("its claim number is free here")
                .isEqualTo(TeamCaseResult.ADDED);

        assertThat(records.waitingCases()).isEmpty();
        assertThat(cases.find("team-k")).hasValue(v3);
        assertThat(cases.history("team-k")).extracting(ClaimCase::version, ClaimCase::claimant)
                .as("the waiting versions are kept").containsExactly(Tuple.tuple(1L, "Tara"),
                        Tuple.tuple(2L, "Tara Singh"));
    }

    @Test
    void aWaitingCaseKeepsEachVersionsChangeNoteWhenANewerVersionJoinsItAndWhenItIsApplied() {
        ClaimCase mine = cases.create(new NewCase("CLM-7", "Tara S", "POL-1", "bala"));
        ClaimCase v1 = version(1, T, "Tara");
        ClaimCase v2 = version(2, T.plusSeconds(60), "Tara");
        ClaimCase v3 = version(3, T.plusSeconds(120), "Tara");
        records.importCase(new SharedCase(v2, "asha", List.of(v1), List.of(new CaseVersionNote(v2,
                "Attached policy.pdf"))), "asha");
        records.importCase(new SharedCase(v3, "asha", List.of(v2, v1), List.of(new CaseVersionNote(v3,
                "Detached policy.pdf"))), "asha");
        assertThat(records.waitingCases()).singleElement()
                .satisfies(w -> assertThat(w.caseId()).isEqualTo("team-k"));

        cases.update(mine.id(), mine.toUpdate("bala").withFields("CLM-7-B", "Tara S", "POL-1"));
        assertThat(records.retryWaitingCases()).containsExactly(TeamCaseResult.ADDED);

        assertThat(cases.changes("team-k")).extracting(CaseChange::version, CaseChange::what)
                .contains(Tuple.tuple(3L, "Detached policy.pdf"), Tuple.tuple(2L, "Attached policy.pdf"));
    }

    @Test
    void aRemovalOfADocumentACaseHereNeedsIsKeptUntilTheCaseDetachesIt() {
        records.importDocument(document(DecisionFixtures.SHA_A), "asha");
        ClaimCase k = cases.create(new NewCase("CLM-1", "Ravi", "POL-1", "bala"));
        cases.attach(new CaseDocumentEdit(k.id(), DecisionFixtures.SHA_A, "bala", 1));
        Instant removedAt = T.plusSeconds(5);

        assertThat(records.removeTeamDocument(DecisionFixtures.SHA_A)).isEmpty();
        assertThat(records.keepRemoval(DecisionFixtures.SHA_A, "asha", removedAt)).isTrue();
        assertThat(records.keepRemoval(DecisionFixtures.SHA_A, "asha", removedAt)).as("once").isTrue();
        assertThat(records.keptRemovals()).singleElement().satisfies(r -> {
            assertThat(r.sha256()).isEqualTo(DecisionFixtures.SHA_A);
            assertThat(r.documentName()).isEqualTo("held.txt");
            assertThat(r.removedBy()).isEqualTo("asha");
            assertThat(r.removedAt()).isEqualTo(removedAt);
        });

        cases.detach(new CaseDocumentEdit(k.id(), DecisionFixtures.SHA_A, "bala", 2));

        assertThat(records.removeTeamDocument(DecisionFixtures.SHA_A)).isPresent();
        assertThat(records.keptRemovals()).isEmpty();
        assertThat(store.findBySha256(DecisionFixtures.SHA_A)).isEmpty();
    }

    @Test
    void aRemovalIsNotKeptForADocumentIngestedHereOrAbsentAndIsForgottenWhenTheTeamAddsItAgain() {
        store.add(new NewDocument(DecisionFixtures.SHA_B, "own.pdf", "application/pdf", 10), StoreFixtures.pages(1),
                StoreFixtures.chunks(1, 1), List.of(StoreFixtures.vector()));
        assertThat(records.keepRemoval(DecisionFixtures.SHA_B, "asha", T)).as("this folder's own").isFalse();
        assertThat(records.keepRemoval("c".repeat(64), "asha", T)).as("not here").isFalse();

        records.importDocument(document(DecisionFixtures.SHA_A), "asha");
        H2DecisionStore.sharing(store).append(DecisionFixtures.record());
        assertThat(records.keepRemoval(DecisionFixtures.SHA_A, "asha", T)).as("cited by a decision here").isTrue();

        records.importDocument(document(DecisionFixtures.SHA_A), "asha");

        assertThat(records.keptRemovals()).as("the team has it again").isEmpty();
        assertThat(store.findBySha256(DecisionFixtures.SHA_A)).isPresent();
    }

    private static SharedDocument document(String sha) {
        return new SharedDocument(sha, "held.txt", "text/plain", 10, T, "test-model", StoreFixtures.pages(1),
                StoreFixtures.chunks(1, 1), List.of(StoreFixtures.vector()));
    }

    private static ClaimCase version(long version, Instant at, String claimant) {
        return new ClaimCase("team-k", "clm-7", claimant, "POL-1", CaseStatus.OPEN, T, at, "asha", version);
    }

    private static SharedCase shared(ClaimCase current, ClaimCase... history) {
        return new SharedCase(current, "asha", List.of(history));
    }

    private static DecisionRecord inCase(DecisionRecord r, String caseId) {
        return new DecisionRecord(UUID.randomUUID().toString(), r.query(), r.decision(), r.amount(), r.amountUpTo(),
                r.currency(), r.justification(), r.confidence(), r.citations(), r.facts(), r.conditions(),
                r.decidedBy(), r.versions(), r.documentHashes(), r.auditTrail(), r.createdAt(), r.analyst(),
                r.override(), r.supersedes(), r.notes(), r.passages(), caseId);
    }
}
