package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.CaseNotFoundException;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseUpdate;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.InvalidCaseException;
import com.intelliclaim.engine.api.NewCase;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cases, their versions, documents and decisions on a real H2 file shared with the documents and decisions. */
class H2CaseStoreTest {
    @TempDir
    Path temp;
    private final StoreFixtures fixtures = new StoreFixtures(7);
    private H2DocumentStore documents;
    private H2DecisionStore decisions;
    private CaseStore cases;

    @BeforeEach
    void open() {
        documents = H2DocumentStore.open(temp.resolve("store").resolve("intelliclaim"));
        decisions = H2DecisionStore.sharing(documents);
        cases = H2CaseStore.sharing(documents);
    }

    @AfterEach
    void close() {
        documents.close();
    }

    private void reopen() {
        documents.close();
        open();
    }

    private StoredDocument addDocument(NewDocument doc) {
        return documents.add(doc, StoreFixtures.pages(1), StoreFixtures.chunks(2, 1), fixtures.vectors(2));
    }

    private static NewCase draft(String claimNumber) {
        return new NewCase(claimNumber, "Asha Rao", "POL-778", "asha");
    }

    @Test
    void aCreatedCaseIsOpenAtVersionOneAndSurvivesReopening() {
        ClaimCase created = cases.create(new NewCase("  CLM-2025-0042 ", " Asha Rao ", "POL-778", "asha"));

        reopen();

        assertThat(created.claimNumber()).isEqualTo("CLM-2025-0042");
        assertThat(created.claimant()).isEqualTo("Asha Rao");
        assertThat(created.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.createdAt()).isEqualTo(created.updatedAt());
        assertThat(UUID.fromString(created.id())).isNotNull();
        assertThat(cases.find(created.id())).contains(created);
        assertThat(cases.find("CLM-2025-0042")).contains(created);
        assertThat(cases.find("clm-2025-0042")).contains(created);
        assertThat(cases.list()).containsExactly(created);
    }

    @Test
    void claimantAndPolicyNumberMayBeFilledInLater() {
        ClaimCase created = cases.create(new NewCase("CLM-1", null, " ", null));

        assertThat(created.claimant()).isEmpty();
        assertThat(created.policyNumber()).isEmpty();
        assertThat(created.updatedBy()).isEqualTo(System.getProperty("user.name", "analyst"));
    }

    @Test
    void aSecondCaseWithTheSameClaimNumberIsRefusedInAnyLetterCase() {
        cases.create(draft("CLM-7"));

        assertThatThrownBy(() -> cases.create(draft("clm-7"))).isInstanceOf(InvalidCaseException.class)
                .hasMessage("A case with the claim number 'CLM-7' exists already (Asha Rao, Open); open that case or"
                        + " use another number.");
        assertThat(cases.list()).hasSize(1);
    }

    static Stream<Arguments> badDrafts() {
        return Stream.of(
                arguments("empty claim number", (Supplier<NewCase>) () -> new NewCase("  ", "A", "P", null),
                        "The claim number is empty; every case needs the insurer's claim number."),
                arguments("null claim number", (Supplier<NewCase>) () -> new NewCase(null, "A", "P", null),
                        "The claim number is empty; every case needs the insurer's claim number."),
                arguments("long claim number", (Supplier<NewCase>) () -> new NewCase("9".repeat(65), "A", "P", null),
                        "The claim number is 65 characters long; the limit is 64."),
                arguments("line break", (Supplier<NewCase>) () -> new NewCase("CLM-1", "Asha\nRao", "P", null),
                        "The claimant's name 'Asha?Rao' contains a line break or another control character."),
                arguments("long policy", (Supplier<NewCase>) () -> new NewCase("CLM-1", "A", "P".repeat(70), null),
                        "The policy number is 70 characters long; the limit is 64."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badDrafts")
    void badFieldsAreRefusedWithTheReason(String what, Supplier<NewCase> draft, String message) {
        assertThatThrownBy(draft::get).isInstanceOf(InvalidCaseException.class).hasMessage(message);
    }

    @Test
    void anUpdateBumpsTheVersionAndKeepsTheVersionItReplaces() {
        ClaimCase v1 = cases.create(draft("CLM-1"));
        ClaimCase v2 = cases.update(v1.id(), v1.toUpdate("ravi").withStatus(CaseStatus.IN_REVIEW));
        ClaimCase v3 = cases.update(v1.id(), v2.toUpdate("asha").withFields("CLM-1A", "Asha R. Rao", "POL-779"));

        reopen();

        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(v2.updatedBy()).isEqualTo("ravi");
        assertThat(v3.version()).isEqualTo(3);
        assertThat(v3.createdAt()).isEqualTo(v1.createdAt());
        assertThat(v3.updatedAt()).isAfterOrEqualTo(v2.updatedAt());
        assertThat(cases.find(v1.id())).contains(v3);
        assertThat(cases.find("CLM-1A")).contains(v3);
        assertThat(cases.history(v1.id())).containsExactly(v1, v2);
    }

    @Test
    void anEditOfAnOlderVersionIsRefusedAndChangesNothing() {
        ClaimCase v1 = cases.create(draft("CLM-1"));
        ClaimCase v2 = cases.update(v1.id(), v1.toUpdate("ravi").withStatus(CaseStatus.DECIDED));

        assertThatThrownBy(() -> cases.update(v1.id(), v1.toUpdate("asha").withStatus(CaseStatus.CLOSED)))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessageStartingWith("Case CLM-1 was changed by ravi at ")
                .hasMessageEndingWith("(now version 2) after you opened version 1; reload it and make your change"
                        + " again.");
        assertThat(cases.find(v1.id())).contains(v2);
        assertThat(cases.history(v1.id())).containsExactly(v1);
    }

    @Test
    void anUpdateCannotTakeAnotherCasesClaimNumber() {
        cases.create(draft("CLM-1"));
        ClaimCase other = cases.create(draft("CLM-2"));

        assertThatThrownBy(() -> cases.update(other.id(), other.toUpdate(null).withFields("CLM-1", "", "")))
                .isInstanceOf(InvalidCaseException.class).hasMessageContaining("claim number 'CLM-1' exists already");
        ClaimCase same = cases.update(other.id(), other.toUpdate(null).withFields("clm-2", "", ""));
        assertThat(same.claimNumber()).isEqualTo("clm-2");
    }

    @Test
    void unknownCasesAreNamed() {
        assertThatThrownBy(() -> cases.update("nope", draftUpdate())).isInstanceOf(CaseNotFoundException.class)
                .hasMessage("No case has the id or claim number 'nope'. The case list shows every case.");
        assertThatThrownBy(() -> cases.attach(new CaseDocumentEdit("nope", "a".repeat(64), "asha", 1)))
                .isInstanceOf(CaseNotFoundException.class);
        assertThat(cases.find("nope")).isEmpty();
        assertThat(cases.find(" ")).isEmpty();
    }

    private static CaseUpdate draftUpdate() {
        return new CaseUpdate("CLM-9", "", "", CaseStatus.OPEN, 1, null);
    }

    @Test
    void documentsAreAttachedOnceByHashAndTheLinkSurvivesRemovingAndReindexingTheDocument() {
        ClaimCase k = cases.create(draft("CLM-1"));
        NewDocument policy = fixtures.newDocument("policy.pdf");
        StoredDocument stored = addDocument(policy);
        NewDocument bill = fixtures.newDocument("bill.pdf");
        addDocument(bill);

        ClaimCase v2 = cases.attach(new CaseDocumentEdit(k.id(), policy.sha256(), "asha", 1));
        assertThat(v2.version()).isEqualTo(2);
        assertThat(cases.attach(new CaseDocumentEdit(k.id(), policy.sha256(), "ravi", 2))).isEqualTo(v2);
        assertThat(cases.attach(new CaseDocumentEdit(k.id(), bill.sha256(), "ravi", 2)).version()).isEqualTo(3);
        assertThat(cases.documents(k.id())).extracting(CaseDocument::name, CaseDocument::attachedBy,
                CaseDocument::indexed).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("policy.pdf", "asha", true),
                        org.assertj.core.groups.Tuple.tuple("bill.pdf", "ravi", true));

        documents.remove(stored.info().id());
        assertThat(cases.documents(k.id()).get(0)).extracting(CaseDocument::name, CaseDocument::indexed)
                .containsExactly("policy.pdf", false);
        addDocument(new NewDocument(policy.sha256(), "policy-v1.pdf", "application/pdf", 10));
        reopen();
        assertThat(cases.documents(k.id()).get(0)).extracting(CaseDocument::sha256, CaseDocument::name,
                CaseDocument::indexed).containsExactly(policy.sha256(), "policy-v1.pdf", true);

        assertThat(cases.detach(new CaseDocumentEdit(k.id(), bill.sha256(), "ravi", 3)).version()).isEqualTo(4);
        assertThat(cases.detach(new CaseDocumentEdit(k.id(), bill.sha256(), "ravi", 4)).version()).isEqualTo(4);
        assertThat(cases.documents(k.id())).extracting(CaseDocument::sha256).containsExactly(policy.sha256());
        assertThat(documents.findBySha256(bill.sha256())).isPresent();
    }

    @Test
    void aDocumentThatIsNotIndexedCannotBeAttached() {
        ClaimCase k = cases.create(draft("CLM-1"));

        assertThatThrownBy(() -> cases.attach(new CaseDocumentEdit(k.id(), "c".repeat(64), "asha", 1)))
                .isInstanceOf(InvalidCaseException.class)
                .hasMessage("No indexed document has the SHA-256 '" + "c".repeat(64) + "'; index the file first,"
                        + " then attach it.");
        assertThat(cases.documents(k.id())).isEmpty();
    }

    @Test
    void aCaseListsItsDecisionsNewestFirstAndOthersNotAtAll() {
        ClaimCase k = cases.create(draft("CLM-1"));
        ClaimCase other = cases.create(draft("CLM-2"));
        DecisionRecord first = inCase(DecisionFixtures.record(UUID.randomUUID().toString(), 0), k.id());
        DecisionRecord outside = DecisionFixtures.record(UUID.randomUUID().toString(), 10);
        DecisionRecord second = inCase(DecisionFixtures.record(UUID.randomUUID().toString(), 20), k.id());
        decisions.append(first);
        decisions.append(outside);
        decisions.append(second);

        reopen();

        assertThat(cases.decisions(k.id())).containsExactly(second, first);
        assertThat(cases.decisions(other.id())).isEmpty();
        assertThat(decisions.find(outside.id()).orElseThrow().caseId()).isNull();
        assertThat(decisions.find(first.id()).orElseThrow().caseId()).isEqualTo(k.id());
    }

    @Test
    void aDecisionCannotNameACaseThatDoesNotExist() {
        DecisionRecord orphan = inCase(DecisionFixtures.record(), "no-such-case");

        assertThatThrownBy(() -> decisions.append(orphan)).isInstanceOf(EngineException.class);
        assertThat(decisions.find(orphan.id())).isEmpty();
    }

    @Test
    void caseWritesLeaveTheDocumentRevisionAlone() {
        long revision = documents.revision();
        ClaimCase k = cases.create(draft("CLM-1"));
        cases.update(k.id(), k.toUpdate(null).withStatus(CaseStatus.CLOSED));

        assertThat(documents.revision()).isEqualTo(revision);
    }

    static DecisionRecord inCase(DecisionRecord r, String caseId) {
        return new DecisionRecord(r.id(), r.query(), r.decision(), r.amount(), r.amountUpTo(), r.currency(),
                r.justification(), r.confidence(), r.citations(), r.facts(), r.conditions(), r.decidedBy(),
                r.versions(), r.documentHashes(), r.auditTrail(), r.createdAt(), r.analyst(), r.override(),
                r.supersedes(), r.notes(), r.passages(), caseId);
    }

    @Test
    void statusesAreReadAsPeopleTypeThem() {
        assertThat(CaseStatus.parse("in review")).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(CaseStatus.parse("In-Review")).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(CaseStatus.parse("closed")).isEqualTo(CaseStatus.CLOSED);
        assertThat(CaseStatus.IN_REVIEW.label()).isEqualTo("In review");
        assertThatThrownBy(() -> CaseStatus.parse("pending")).isInstanceOf(InvalidCaseException.class)
                .hasMessage("'pending' is not a case status; use one of OPEN, IN_REVIEW, DECIDED, CLOSED.");
    }

    @Test
    void attachingAndDetachingMakeVersionsThatTheHistorySaysWhoMadeAndWhat() {
        ClaimCase v1 = cases.create(draft("CLM-1"));
        NewDocument policy = fixtures.newDocument("policy.pdf");
        addDocument(policy);

        ClaimCase v2 = cases.attach(new CaseDocumentEdit(v1.id(), policy.sha256(), "ravi", 1));
        ClaimCase v3 = cases.update(v1.id(), v2.toUpdate("asha").withFields("CLM-1", "Asha R.", "POL-778")
                .withStatus(CaseStatus.IN_REVIEW));
        ClaimCase v4 = cases.detach(new CaseDocumentEdit(v1.id(), policy.sha256(), "meera", 3));
        reopen();

        assertThat(v2).extracting(ClaimCase::version, ClaimCase::updatedBy, ClaimCase::claimant)
                .containsExactly(2L, "ravi", "Asha Rao");
        assertThat(v4.version()).isEqualTo(4);
        assertThat(cases.history(v1.id())).containsExactly(v1, v2, v3);
        assertThat(cases.changes(v1.id())).extracting(CaseChange::version, CaseChange::by, CaseChange::what)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, "asha", "Created"),
                        org.assertj.core.groups.Tuple.tuple(2L, "ravi", "Attached policy.pdf"),
                        org.assertj.core.groups.Tuple.tuple(3L, "asha", "Changed the claimant and the status to "
                                + CaseStatus.IN_REVIEW.label()),
                        org.assertj.core.groups.Tuple.tuple(4L, "meera", "Detached policy.pdf"));
        assertThat(cases.changes(v1.id())).extracting(CaseChange::at)
                .containsExactly(v1.updatedAt(), v2.updatedAt(), v3.updatedAt(), v4.updatedAt());
        assertThat(cases.changes("nope")).isEmpty();
    }

    @ParameterizedTest(name = "{0} on a stale version is refused")
    @ValueSource(strings = {"attach", "detach"})
    void anAttachOrDetachOnAStaleVersionIsRefusedLikeAStaleEdit(String change) {
        ClaimCase v1 = cases.create(draft("CLM-1"));
        NewDocument policy = fixtures.newDocument("policy.pdf");
        addDocument(policy);
        if (change.equals("detach")) {
            v1 = cases.attach(new CaseDocumentEdit(v1.id(), policy.sha256(), "asha", 1));
        }
        ClaimCase seen = v1;
        ClaimCase edited = cases.update(seen.id(), seen.toUpdate("ravi").withStatus(CaseStatus.IN_REVIEW));
        CaseDocumentEdit stale = new CaseDocumentEdit(seen.id(), policy.sha256(), "asha", seen.version());

        assertThatThrownBy(() -> {
            if (change.equals("attach")) {
                cases.attach(stale);
            } else {
                cases.detach(stale);
            }
        }).isInstanceOf(InvalidCaseException.class)
                .hasMessage("Case CLM-1 was changed by ravi at " + edited.updatedAt() + " (now version "
                        + edited.version() + ") after you opened version " + seen.version() + "; reload it and "
                        + change + " the document again.");
        assertThat(cases.find(seen.id()).orElseThrow()).isEqualTo(edited);
        assertThat(cases.documents(seen.id())).hasSize(change.equals("attach") ? 0 : 1);
    }
}
