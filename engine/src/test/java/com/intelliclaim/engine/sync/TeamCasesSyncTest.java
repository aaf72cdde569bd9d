package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.NewCase;
import com.intelliclaim.engine.store.CaseStore;
import com.intelliclaim.engine.store.SharedCase;
import com.intelliclaim.engine.store.SharedCaseLink;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two analysts (two data folders with the real H2 stores) share cases, case documents and document removals through
 * a real S3 API server (s3proxy) and a real PostgreSQL, and a pull that races a push still gets every change.
 */
class TeamCasesSyncTest {
    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    @RegisterExtension
    final TwoAnalysts team = TwoAnalysts.on(backend);

    @Test
    void aTeammatesCaseArrivesMarkedAsTheirsWithItsDocumentsAndDecisions() throws Exception {
        String policy = team.asha().addDocument("Clause 4.2: cataract surgery is covered after 24 months.");
        String letter = team.asha().addDocument("Hospital letter: admitted on 20 May for cataract surgery.");
        ClaimCase created = team.asha().cases.create(new NewCase("CLM-1", "Ravi Kumar", "POL-9", "asha"));
        attach(team.asha().cases, created.id(), policy, "asha");
        attach(team.asha().cases, created.id(), letter, "asha");
        detach(team.asha().cases, created.id(), letter, "asha");
        DecisionRecord decided = team.asha().decide(created.id(), policy);

        SyncReport sent = team.sync(team.asha());
        assertThat(sent.cases().sent()).isEqualTo(1);
        assertThat(sent.cases().sentDocumentLinks()).as("the policy attached, the letter detached (sent once)")
                .isEqualTo(2);
        assertThat(sent.pending()).isZero();
        assertThat(backend.count("SELECT COUNT(*) FROM case_documents WHERE attached")).isEqualTo(1);
        assertThat(backend.count("SELECT COUNT(*) FROM decisions WHERE case_id IS NOT NULL")).isEqualTo(1);

        SyncReport received = team.sync(team.bala());

        assertThat(received.cases().received()).isEqualTo(1);
        assertThat(team.bala().cases.find("CLM-1")).hasValueSatisfying(k -> {
            assertThat(k.id()).isEqualTo(created.id());
            assertThat(k.claimant()).isEqualTo("Ravi Kumar");
            assertThat(k.version()).as("created, two attaches and a detach").isEqualTo(4);
        });
        assertThat(team.bala().cases.origin(created.id())).hasValueSatisfying(o -> {
            assertThat(o.fromTeammate()).isTrue();
            assertThat(o.createdBy()).isEqualTo("asha");
            assertThat(o.receivedFrom()).isEqualTo("asha");
        });
        assertThat(team.asha().cases.origin(created.id()))
                .hasValueSatisfying(o -> assertThat(o.fromTeammate()).isFalse());
        assertThat(team.bala().cases.documents(created.id())).extracting(CaseDocument::sha256, CaseDocument::indexed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(policy, true));
        assertThat(team.bala().decisions.find(decided.id())).hasValueSatisfying(d ->
                assertThat(d.caseId()).as("a pulled decision keeps its case").isEqualTo(created.id()));
        assertThat(team.bala().cases.decisions(created.id())).extracting(DecisionRecord::id)
                .containsExactly(decided.id());
        assertThat(team.bala().outbox.pending()).as("what came from the team is not sent back").isZero();
    }

    @Test
    void conflictingEditsLastWriterWinsAndTheLoserIsKeptOnBothSides() throws Exception {
        ClaimCase created = team.asha().cases.create(new NewCase("CLM-2", "Meera", "POL-1", "asha"));
        team.sync(team.asha());
        team.sync(team.bala());
        ClaimCase ashas = team.asha().cases.update(created.id(),
                created.toUpdate("asha").withFields("CLM-2", "Meera Iyer", "POL-1"));
        Thread.sleep(5);
        ClaimCase balas = team.bala().cases.update(created.id(),
                created.toUpdate("bala").withStatus(CaseStatus.IN_REVIEW));
        assertThat(ashas.version()).isEqualTo(balas.version()).isEqualTo(2);

        team.sync(team.asha());
        SyncReport balaPass = team.sync(team.bala());
        SyncReport ashaPass = team.sync(team.asha());

        // Both version 2: the later update wins everywhere.
        assertThat(team.asha().cases.find(created.id())).hasValue(balas);
        assertThat(team.bala().cases.find(created.id())).hasValue(balas);
        assertThat(ashaPass.cases().received()).isEqualTo(1);
        assertThat(balaPass.cases().conflictsKeptHere()).as("asha's version came down and lost").isEqualTo(1);
        for (TeamLocal analyst : List.of(team.asha(), team.bala())) {
            assertThat(analyst.cases.history(created.id())).as(analyst.analyst + "'s history")
                    .extracting(ClaimCase::version, ClaimCase::updatedBy, ClaimCase::claimant)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(1L, "asha", "Meera"),
                            org.assertj.core.groups.Tuple.tuple(2L, "asha", "Meera Iyer"));
        }
        assertThat(backend.count("SELECT COUNT(*) FROM case_history")).isEqualTo(2);
        assertThat(backend.count("SELECT COUNT(*) FROM cases WHERE updated_by = 'bala' AND version = 2"))
                .isEqualTo(1);

        // The next edit builds on the winner and wins by version.
        ClaimCase third = team.asha().cases.update(created.id(), balas.toUpdate("asha").withStatus(CaseStatus.DECIDED));
        team.sync(team.asha());
        team.sync(team.bala());
        assertThat(team.bala().cases.find(created.id())).hasValue(third);
    }

    @Test
    void aRemovalTakesTheTeammatesCopyOnlyWhereNothingHereNeedsIt() throws Exception {
        String attached = team.asha().addDocument("Policy wording A: room rent 1% of the sum insured.");
        String unneeded = team.asha().addDocument("Old brochure: no longer sold.");
        String cited = team.asha().addDocument("Addendum: cataract limit 40,000.");
        String own = "Schedule of benefits, the same bytes ingested by both analysts.";
        team.asha().addDocument(own);
        team.sync(team.asha());
        team.bala().addDocument(own);
        SyncReport first = team.sync(team.bala());
        assertThat(first.receivedDocuments()).isEqualTo(3);
        ClaimCase balasCase = team.bala().cases.create(new NewCase("CLM-3", "Anil", "POL-2", "bala"));
        attach(team.bala().cases, balasCase.id(), attached, "bala");
        team.bala().decide(null, cited);
        team.sync(team.bala());

        for (String sha : List.of(attached, unneeded, cited, Sha256.of(own))) {
            team.asha().store.remove(team.asha().store.findBySha256(sha).orElseThrow().id());
        }
        SyncReport removed = team.sync(team.asha());
        assertThat(removed.removals().sent()).isEqualTo(4);
        assertThat(backend.count("SELECT COUNT(*) FROM documents WHERE removed_at IS NOT NULL"))
                .isEqualTo(4);
        assertThat(backend.count("SELECT COUNT(*) FROM chunks")).as("passages stay on the server")
                .isEqualTo(4);
        assertThat(backend.objectExists("documents/sha256/" + unneeded))
                .as("the S3 object stays: other analysts' cases may cite it").isTrue();

        SyncReport applied = team.sync(team.bala());

        assertThat(applied.removals().applied()).isEqualTo(1);
        assertThat(applied.removals().kept()).isEqualTo(3);
        assertThat(team.bala().store.findBySha256(unneeded)).as("received, needed by nothing here").isEmpty();
        assertThat(team.bala().store.findBySha256(attached)).as("attached to a case here").isPresent();
        assertThat(team.bala().store.findBySha256(cited)).as("cited by a decision here").isPresent();
        assertThat(team.bala().store.findBySha256(Sha256.of(own))).as("ingested here").isPresent();

        // Added again after the removal: the tombstone goes and the teammate receives it again.
        team.asha().addDocument("Old brochure: no longer sold.");
        team.sync(team.asha());
        assertThat(backend.count("SELECT COUNT(*) FROM documents WHERE removed_at IS NOT NULL"))
                .isEqualTo(3);
        assertThat(team.sync(team.bala()).receivedDocuments()).isEqualTo(1);
        assertThat(team.bala().store.findBySha256(unneeded)).isPresent();
    }

    /**
     * The gap a sequence-number cursor has: a push that took its sequence number first commits after a later push
     * was pulled. Here a transaction holds a document written (lower sequence number) while team.asha()'s push commits
     * (higher); team.bala() pulls during the gap and again after it: the held document must arrive.
     */
    @Test
    void aChangeCommittedLateBehindAPulledOneIsNotMissed() throws Exception {
        PostgresSyncTarget target = new PostgresSyncTarget(team.database());
        String heldSha;
        try (Connection held = backend.connectAsAnalyst()) {
            held.setAutoCommit(false);
            var late = TeamLocal.sharedDocument("Held back: the surveyor's report.");
            heldSha = late.sha256();
            target.write(held, new ChangeSet(List.of(new TeamDocument(late, "ravi", false)), List.of(), List.of(),
                    List.of(), List.of(), List.of(), "ravi"));

            String early = team.asha().addDocument("Committed first: the discharge summary.");
            ClaimCase k = team.asha().cases.create(new NewCase("CLM-4", "Leela", "POL-4", "asha"));
            team.sync(team.asha());
            assertThat(backend.count("SELECT COUNT(*) FROM changes")).as("asha's, committed")
                    .isEqualTo(2);

            SyncReport during = team.sync(team.bala());

            assertThat(during.receivedDocuments() + during.cases().received())
                    .as("nothing is taken past a transaction still running").isZero();
            assertThat(team.bala().store.findBySha256(early)).isEmpty();
            assertThat(team.bala().cases.find(k.id())).isEmpty();
            held.commit();
        }
        assertThat(backend.count("SELECT MIN(seq) FROM changes")).as("the held row's sequence number")
                .isEqualTo(backend.count("SELECT seq FROM changes WHERE kind = 'DOCUMENT' AND ref = '"
                        + heldSha + "'"));

        SyncReport after = team.sync(team.bala());

        assertThat(after.receivedDocuments()).isEqualTo(2);
        assertThat(after.cases().received()).isEqualTo(1);
        assertThat(team.bala().store.findBySha256(heldSha)).isPresent();
        assertThat(team.sync(team.bala()).receivedDocuments()).isZero();
    }

    /** An analyst whose IntelliClaim predates the change log writes rows only; the server's triggers log them. */
    @Test
    void aPushFromAnOlderVersionWithoutTheChangeLogStillReachesTeammates() throws Exception {
        String text = "Pushed by an older IntelliClaim.";
        String sha = Sha256.of(text);
        try (Connection old = backend.connectAsAnalyst();
             var statement = old.createStatement()) {
            statement.execute("INSERT INTO documents (sha256, name, media_type, size_bytes, page_count, chunk_count,"
                    + " model_id, object_stored, added_by, added_at) VALUES ('" + sha + "', 'old.txt', 'text/plain',"
                    + " 31, 1, 1, '" + TeamLocal.MODEL.fingerprint() + "', false, 'ravi', now())");
            statement.execute("INSERT INTO document_pages VALUES ('" + sha + "', 1, '" + text + "')");
            statement.execute("INSERT INTO chunks (document_sha256, ordinal, text, page, page_end, start_offset,"
                    + " end_offset, embedding) VALUES ('" + sha + "', 0, '" + text + "', 1, 1, 0, 31,"
                    + " '{1, 2, 3}')");
        }

        assertThat(team.sync(team.bala()).receivedDocuments()).isEqualTo(1);
        assertThat(team.bala().store.findBySha256(sha)).isPresent();
    }

    @Test
    void withoutPgvectorEmbeddingsStayRealArraysOnly() throws Exception {
        team.asha().addDocument("Clause 7: ambulance cover up to 2,000.");
        team.sync(team.asha());

        assertThat(team.database().vectorSupport()).isEqualTo(PostgresBackend.VectorSupport.ABSENT);
        assertThat(team.database().vectorColumns().enabled()).isFalse();
        assertThat(backend.count("SELECT COUNT(*) FROM backend_facts WHERE fact_key = 'pgvector'"
                + " AND fact_value = 'ABSENT'")).isEqualTo(1);
        assertThat(backend.count("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE table_name = 'chunks' AND column_name LIKE 'embedding_v%'")).isZero();
        assertThat(backend.count("SELECT COUNT(*) FROM chunks WHERE cardinality(embedding) = 3"))
                .isEqualTo(1);
    }

    @Test
    void aCaseLinkDetachedThereIsDetachedHereUnlessAttachedHereLater() throws Exception {
        String policy = team.asha().addDocument("Policy wording B.");
        ClaimCase k = team.asha().cases.create(new NewCase("CLM-5", "Joseph", "POL-5", "asha"));
        attach(team.asha().cases, k.id(), policy, "asha");
        team.sync(team.asha());
        team.sync(team.bala());
        assertThat(team.bala().cases.documents(k.id())).hasSize(1);

        detach(team.asha().cases, k.id(), policy, "asha");
        team.sync(team.asha());
        assertThat(team.sync(team.bala()).cases().receivedDocumentLinks()).isEqualTo(1);
        assertThat(team.bala().cases.documents(k.id())).isEmpty();

        assertThat(team.bala().records.applyCaseLink(new SharedCaseLink(k.id(), policy, "p", false,
                java.time.Instant.now().minusSeconds(60), "asha"))).isFalse();
        attach(team.bala().cases, k.id(), policy, "bala");
        assertThat(team.bala().records.applyCaseLink(new SharedCaseLink(k.id(), policy, "p", false,
                java.time.Instant.now().minusSeconds(60), "asha"))).as("an older detach loses").isFalse();
        assertThat(team.bala().cases.documents(k.id())).hasSize(1);
        team.sync(team.bala());
        team.sync(team.asha());
        assertThat(team.asha().cases.documents(k.id())).extracting(CaseDocument::attachedBy).containsExactly("bala");
    }

    @Test
    void aTeammatesCaseWithAClaimNumberTakenHereIsNotStoredAndSaysSo() throws Exception {
        team.asha().cases.create(new NewCase("CLM-6", "Tara", "POL-6", "asha"));
        team.bala().cases.create(new NewCase("clm-6", "Tara S", "POL-6", "bala"));
        team.sync(team.asha());

        SyncReport pass = team.sync(team.bala());

        assertThat(pass.cases().waiting()).as("it waits here (see TeamPendingSyncTest)").isEqualTo(1);
        assertThat(team.bala().cases.list()).singleElement()
                .satisfies(c -> assertThat(c.updatedBy()).isEqualTo("bala"));
        assertThat(backend.count("SELECT COUNT(*) FROM cases")).as("both stay on the server").isEqualTo(2);
        SharedCase mine = team.bala().records.sharedCase(team.bala().cases.list().get(0).id()).orElseThrow();
        assertThat(mine.createdBy()).isEqualTo("bala");
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
