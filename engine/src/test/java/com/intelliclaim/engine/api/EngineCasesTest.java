package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.testing.SamplePolicy;
import com.intelliclaim.engine.testing.TestSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Claim cases through the facade on a real ingested policy and addendum, with the real model and store: asking
 * within a case reads only the case's documents and the decision belongs to the case.
 */
class EngineCasesTest {
    private static final String QUESTION = "46-year-old male, cataract surgery in Pune, 3-month-old insurance policy";
    private static final String ADDENDUM = "Addendum A. Claims for cataract surgery in Pune must be notified within"
            + " 48 hours of admission to a network hospital.";

    @TempDir
    Path tmp;
    private IntelliClaimEngine engine;
    private String policySha;
    private String addendumSha;

    @BeforeEach
    void ingestAPolicyAndAnAddendum() throws Exception {
        byte[] policy = SamplePolicy.pdf();
        Path policyFile = Files.write(tmp.resolve("policy.pdf"), policy);
        Path addendumFile = Files.writeString(tmp.resolve("addendum.txt"), ADDENDUM);
        policySha = TestSources.sha256(policy);
        addendumSha = TestSources.sha256(Files.readAllBytes(addendumFile));
        engine = open();
        IngestReport report = engine.ingest(List.of(policyFile, addendumFile), IngestListener.NONE);
        assertThat(report.allSucceeded()).as(report.toString()).isTrue();
    }

    @AfterEach
    void close() {
        engine.close();
    }

    private IntelliClaimEngine open() {
        return IntelliClaimEngine.open(EngineConfig.at(tmp.resolve("data")));
    }

    private ClaimCase newCase(String claimNumber) {
        return engine.createCase(new NewCase(claimNumber, "Ravi Kumar", "POL-1", "asha"));
    }

    @Test
    void askingWithinACaseReadsOnlyItsDocumentsAndTheDecisionBelongsToIt() {
        assertThat(engine.ask(AskRequest.of(QUESTION)).documentHashes()).contains(addendumSha);
        ClaimCase k = newCase("CLM-1");
        CaseDocument attached = engine.attachDocument(k.id(), "policy.pdf", "asha");

        DecisionRecord record = engine.ask(AskRequest.of(QUESTION).withCase(k.id()));

        assertThat(attached.sha256()).isEqualTo(policySha);
        assertThat(record.caseId()).isEqualTo(k.id());
        assertThat(record.documentHashes()).containsExactly(policySha);
        assertThat(record.passages()).isNotEmpty().allMatch(p -> p.documentSha256().equals(policySha));
        assertThat(record.auditTrail()).anyMatch(s -> s.step().equals("retrieve")
                && s.detail().contains("within case CLM-1"));
        engine.close();
        engine = open();
        assertThat(engine.caseDecisions(k.id())).containsExactly(record);
        assertThat(engine.decision(record.id()).orElseThrow().caseId()).isEqualTo(k.id());
    }

    @Test
    void aCaseMayBeNamedByItsClaimNumberWhenAsking() {
        ClaimCase k = newCase("CLM-2");
        engine.attachDocument(k.id(), addendumSha.substring(0, 10), null);

        DecisionRecord record = engine.ask(AskRequest.of(QUESTION).withCase("CLM-2"));

        assertThat(record.caseId()).isEqualTo(k.id());
        assertThat(record.documentHashes()).containsExactly(addendumSha);
    }

    @Test
    void anOverrideStaysInTheCase() {
        ClaimCase k = newCase("CLM-3");
        engine.attachDocument(k.id(), "policy.pdf", null);
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION).withCase(k.id()));
        Outcome other = record.decision() == Outcome.APPROVED ? Outcome.REJECTED : Outcome.APPROVED;

        DecisionRecord override = engine.override(record.id(), other, "Hospital letter", "ravi");

        assertThat(override.caseId()).isEqualTo(k.id());
        assertThat(engine.caseDecisions(k.id())).extracting(DecisionRecord::id)
                .containsExactly(override.id(), record.id());
    }

    @Test
    void aCaseWithoutIndexedDocumentsCannotBeAskedIn() {
        ClaimCase k = newCase("CLM-4");

        assertThatThrownBy(() -> engine.ask(AskRequest.of(QUESTION).withCase(k.id())))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("Case CLM-4 has no documents yet; attach the policy wording and the claim's documents to"
                        + " it, then ask.");

        engine.attachDocument(k.id(), "addendum.txt", null);
        long addendumId = engine.documents().stream().filter(d -> d.sha256().equals(addendumSha)).findFirst()
                .orElseThrow().id();
        engine.remove(addendumId);
        assertThatThrownBy(() -> engine.ask(AskRequest.of(QUESTION).withCase(k.id())))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("None of the documents of case CLM-4 is indexed now");
        assertThat(engine.caseDocuments(k.id())).extracting(CaseDocument::name, CaseDocument::indexed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("addendum.txt", false));
        assertThat(engine.caseDecisions(k.id())).isEmpty();
    }

    @Test
    void aDocumentOutsideTheCaseOrAnUnknownCaseIsRefused() {
        ClaimCase k = newCase("CLM-5");
        engine.attachDocument(k.id(), "policy.pdf", null);

        assertThatThrownBy(() -> engine.ask(AskRequest.of(QUESTION).withCase(k.id()).withDocument("addendum.txt")))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("The document 'addendum.txt' is not one of the case's documents; attach it to the case"
                        + " first, or search the whole case.");
        assertThatThrownBy(() -> engine.ask(AskRequest.of(QUESTION).withCase("CLM-404")))
                .isInstanceOf(CaseNotFoundException.class).hasMessageContaining("'CLM-404'");
        assertThat(engine.ask(AskRequest.of(QUESTION).withCase(k.id()).withDocument("policy.pdf")).caseId())
                .isEqualTo(k.id());
    }

    @Test
    void unknownDocumentsCannotBeAttachedAndDetachingLeavesTheDocumentIndexed() {
        ClaimCase k = newCase("CLM-6");

        assertThatThrownBy(() -> engine.attachDocument(k.id(), "bills.pdf", null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("No indexed document is named 'bills.pdf'");
        assertThatThrownBy(() -> engine.attachDocument(k.id(), " ", null))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessage("Name the document: its file name or the start of its SHA-256.");
        engine.attachDocument(k.id(), "policy.pdf", null);
        engine.attachDocument(k.id(), "addendum.txt", null);

        assertThat(engine.detachDocument(k.id(), "policy.pdf", "asha")).isTrue();
        assertThat(engine.detachDocument(k.id(), addendumSha, "asha")).isTrue();
        assertThat(engine.detachDocument(k.id(), "policy.pdf", "asha")).isFalse();
        assertThat(engine.caseDocuments(k.id())).isEmpty();
        assertThat(engine.caseChanges(k.id())).last().satisfies(change -> {
            assertThat(change.by()).isEqualTo("asha");
            assertThat(change.what()).isEqualTo("Detached addendum.txt");
        });
        assertThat(engine.documents()).hasSize(2);
    }

    @Test
    void casesAreListedAndUpdatedWithTheirHistory() {
        ClaimCase first = newCase("CLM-7");
        ClaimCase second = newCase("CLM-8");
        ClaimCase decided = engine.updateCase(first.id(), first.toUpdate("ravi").withStatus(CaseStatus.DECIDED));

        assertThat(engine.cases()).containsExactly(decided, second);
        assertThat(engine.claimCase("CLM-7")).contains(decided);
        assertThat(engine.caseHistory(first.id())).containsExactly(first);
    }

    @Test
    void attachAndDetachByNameAreVersionedAndAStaleOneIsRefused() {
        ClaimCase k = newCase("CLM-9");

        ClaimCase attached = engine.attachToCase(new CaseDocumentEdit(k.id(), "policy.pdf", "ravi", 1));
        assertThatThrownBy(() -> engine.detachFromCase(new CaseDocumentEdit(k.id(), "policy.pdf", "ravi", 1)))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("after you opened version 1");
        ClaimCase detached = engine.detachFromCase(new CaseDocumentEdit(k.id(), policySha, "meera", 2));
        engine.attachDocument(k.id(), "addendum.txt", "asha"); // the CLI's way: on the current version

        assertThat(attached.version()).isEqualTo(2);
        assertThat(detached.version()).isEqualTo(3);
        assertThat(engine.claimCase(k.id()).orElseThrow().version()).isEqualTo(4);
        assertThat(engine.caseChanges(k.id())).extracting(CaseChange::by, CaseChange::what).containsExactly(
                org.assertj.core.groups.Tuple.tuple("asha", "Created"),
                org.assertj.core.groups.Tuple.tuple("ravi", "Attached policy.pdf"),
                org.assertj.core.groups.Tuple.tuple("meera", "Detached policy.pdf"),
                org.assertj.core.groups.Tuple.tuple("asha", "Attached addendum.txt"));
        assertThat(engine.caseDocuments(k.id())).extracting(CaseDocument::sha256).containsExactly(addendumSha);
    }
}
