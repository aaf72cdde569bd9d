package com.intelliclaim.engine.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.decide.rules.RulesAdjudicator;
import com.intelliclaim.engine.testing.SamplePolicy;
import com.intelliclaim.engine.testing.TestSources;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Asking, the decision history, overrides and notes through the facade, on a real ingested policy with the real
 * model and store. What the adjudicator decides is the adjudicators' tests' business; these check the record's
 * structure and its life in the history.
 */
class EngineDecisionsTest {
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

    @Test
    void anAskIsStoredAndFoundAgainAfterReopening() {
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION));

        engine.close();
        engine = open();

        assertThat(engine.decision(record.id())).contains(record);
        assertThat(engine.decisions(10)).containsExactly(record);
    }

    @Test
    void theRecordSaysWhatWasAskedReadAndUsed() {
        Instant before = Instant.now();
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION));

        assertThat(UUID.fromString(record.id())).isNotNull();
        assertThat(record.query()).isEqualTo(QUESTION);
        assertThat(record.facts()).isNotNull();
        assertThat(record.decision()).isNotNull();
        assertThat(record.justification()).isNotBlank();
        assertThat(record.confidence()).isBetween(0.0, 1.0);
        assertThat(record.createdAt()).isBetween(before.minusMillis(1), Instant.now());
        assertThat(record.analyst()).isEqualTo(System.getProperty("user.name"));
        assertThat(record.override()).isNull();
        assertThat(record.supersedes()).isNull();
        assertThat(record.notes()).isEmpty();
        assertThat(record.versions().engine()).isNotBlank();
        assertThat(record.versions().embeddingModel()).isEqualTo(engine.model().id());
        assertThat(record.versions().rules()).isEqualTo(RulesAdjudicator.VERSION);
        assertThat(record.versions().prompt()).isNull();
        assertThat(record.decidedBy()).isEqualTo("rules");
    }

    @Test
    void citationsAreAmongTheRetrievedPassagesAndTheHashesNameTheirDocuments() {
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION));

        List<SearchHit> top = engine.search(SearchRequest.of(QUESTION, AskRequest.DEFAULT_PASSAGES));
        List<String> passageIds = record.passages().stream().map(Citation::chunkId).toList();
        assertThat(passageIds).as("the top hits, each with the passage before it")
                .containsAll(top.stream().map(SearchHit::chunkId).toList())
                .hasSizeBetween(top.size(), 2 * top.size())
                .doesNotHaveDuplicates();
        assertThat(record.citations()).allSatisfy(c -> assertThat(passageIds).contains(c.chunkId()));
        assertThat(record.documentHashes()).containsExactlyInAnyOrderElementsOf(
                record.passages().stream().map(Citation::documentSha256).distinct().toList());
        assertThat(record.documentHashes()).containsExactlyInAnyOrder(policySha, addendumSha);
    }

    @Test
    void theAuditTrailListsTheRealStepsInOrderWithTheirDurations() {
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION));

        List<AuditStep> trail = record.auditTrail();
        assertThat(trail.size()).isGreaterThanOrEqualTo(3);
        assertThat(trail.get(0).step()).isEqualTo("facts");
        assertThat(trail.get(0).detail()).startsWith("read from the question: ");
        assertThat(trail.get(1).step()).isEqualTo("retrieve");
        // The top passages, each followed by the one before it in its document when that is not already among them.
        assertThat(trail.get(1).detail()).matches("(8|9|1[0-6]) passages from 2 documents; best: .*");
        assertThat(trail.get(trail.size() - 1).step()).isEqualTo("store");
        assertThat(trail.get(trail.size() - 1).detail()).isEqualTo("saved as decision " + record.id());
        assertThat(trail).allSatisfy(step -> {
            assertThat(step.millis()).isNotNegative();
            assertThat(step.detail()).isNotBlank();
        });
        assertThat(trail.stream().mapToLong(AuditStep::millis).sum()).isLessThan(Duration.ofMinutes(1).toMillis());
    }

    @Test
    void factsTheAnalystCorrectedAreUsedInsteadOfReadingThem() {
        ClaimFacts corrected = new ClaimFacts(46, Gender.MALE, "cataract surgery", "Pune", 30, null,
                new BigDecimal("40000"), "INR", null, null, null, null, LocalDate.of(2025, 3, 1), null);

        DecisionRecord record = engine.ask(AskRequest.of(QUESTION).withFacts(corrected));

        assertThat(record.facts()).isEqualTo(corrected);
        assertThat(record.auditTrail().get(0).detail()).isEqualTo("given by the analyst: age=46, gender=MALE,"
                + " procedure=cataract surgery, location=Pune, policyAgeMonths=30, amountClaimed=40000, currency=INR,"
                + " admissionDate=2025-03-01");
        assertThat(engine.decision(record.id()).orElseThrow().facts()).isEqualTo(corrected);
    }

    @Test
    void anAskScopedToADocumentReadsOnlyThatDocument() {
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION).withDocument("addendum.txt"));

        assertThat(record.documentHashes()).containsExactly(addendumSha);
        assertThat(record.citations()).allSatisfy(c -> assertThat(c.documentName()).isEqualTo("addendum.txt"));
        assertThat(record.auditTrail().get(1).detail()).contains("within 'addendum.txt'");
    }

    @Test
    void anAskScopedToAnUnknownDocumentIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> engine.ask(AskRequest.of(QUESTION).withDocument("nosuch.pdf")))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("nosuch.pdf");
        assertThat(engine.decisions(10)).isEmpty();
    }

    @Test
    void theHistoryIsNewestFirst() {
        DecisionRecord first = engine.ask(AskRequest.of(QUESTION));
        DecisionRecord second = engine.ask(AskRequest.of("25M, dental treatment, Chennai, new policy"));

        assertThat(engine.decisions(10)).containsExactly(second, first);
        assertThat(engine.decisions(1)).containsExactly(second);
    }

    @Test
    void anOverrideIsANewRecordPointingAtTheOldOneWhichStaysAsItWas() {
        DecisionRecord old = engine.ask(AskRequest.of(QUESTION));
        Outcome other = otherThan(old.decision());

        DecisionRecord override = engine.override(old.id(), other, "Prior cover of 2 years ported.", "ravi");

        assertThat(override.id()).isNotEqualTo(old.id());
        assertThat(override.supersedes()).isEqualTo(old.id());
        assertThat(override.decision()).isEqualTo(other);
        assertThat(override.override().decision()).isEqualTo(other);
        assertThat(override.override().reason()).isEqualTo("Prior cover of 2 years ported.");
        assertThat(override.override().by()).isEqualTo("ravi");
        assertThat(override.override().at()).isEqualTo(override.createdAt());
        assertThat(override.analyst()).isEqualTo("ravi");
        assertThat(override.justification()).contains("Prior cover of 2 years ported.").contains(old.justification());
        assertThat(override.query()).isEqualTo(old.query());
        assertThat(override.facts()).isEqualTo(old.facts());
        assertThat(override.citations()).isEqualTo(old.citations());
        assertThat(override.passages()).isEqualTo(old.passages()).isNotEmpty();
        assertThat(override.versions()).isEqualTo(old.versions());
        assertThat(override.documentHashes()).isEqualTo(old.documentHashes());
        assertThat(override.auditTrail()).startsWith(old.auditTrail().toArray(AuditStep[]::new));
        assertThat(override.auditTrail().get(override.auditTrail().size() - 1).step()).isEqualTo("override");
        if (other != Outcome.APPROVED) {
            assertThat(override.amount()).isNull();
        }
        assertThat(engine.decision(old.id())).contains(old);
        assertThat(engine.decision(override.id())).contains(override);
        assertThat(engine.decisions(10)).containsExactly(override, old);
    }

    @Test
    void aRecordIsOverriddenOnceAndTheChainContinuesFromTheNewest() {
        DecisionRecord old = engine.ask(AskRequest.of(QUESTION));
        DecisionRecord first = engine.override(old.id(), otherThan(old.decision()), "Ported cover.", "ravi");

        assertThatThrownBy(() -> engine.override(old.id(), otherThan(old.decision()), "Again.", "asha"))
                .isInstanceOf(DecisionAlreadyOverriddenException.class)
                .hasMessage("Decision " + old.id() + " was already overridden by decision " + first.id()
                        + "; override " + first.id() + " instead.");

        DecisionRecord second = engine.override(first.id(), otherThan(first.decision()), "Second look.", "asha");
        assertThat(second.supersedes()).isEqualTo(first.id());
    }

    @Test
    void overridesThatCannotBeKeptAreRefusedInPlainWords() {
        DecisionRecord old = engine.ask(AskRequest.of(QUESTION));

        assertThatThrownBy(() -> engine.override("no-such-id", Outcome.APPROVED, "why", "ravi"))
                .isInstanceOf(DecisionNotFoundException.class).hasMessageContaining("'no-such-id'");
        assertThatThrownBy(() -> engine.override(old.id(), otherThan(old.decision()), "  ", "ravi"))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("reason is empty");
        assertThatThrownBy(() -> engine.override(old.id(), old.decision(), "Agree.", "ravi"))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("is " + old.decision() + " already");
        assertThatThrownBy(() -> engine.override(old.id(), null, "why", "ravi"))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("APPROVED, REJECTED or NEEDS_REVIEW");
        assertThat(engine.decisions(10)).containsExactly(old);
    }

    @Test
    void notesAreAddedBesideTheRecordWhichOtherwiseStaysAsItWas() {
        DecisionRecord record = engine.ask(AskRequest.of(QUESTION));

        DecisionRecord noted = engine.addNote(record.id(), " Hospital confirmed the admission. ", "asha");
        engine.addNote(record.id(), "Bills received.", null);

        DecisionRecord found = engine.decision(record.id()).orElseThrow();
        assertThat(noted.notes()).extracting(DecisionNote::text).containsExactly("Hospital confirmed the admission.");
        assertThat(found.notes()).extracting(DecisionNote::text)
                .containsExactly("Hospital confirmed the admission.", "Bills received.");
        assertThat(found.notes()).extracting(DecisionNote::by).containsExactly("asha", System.getProperty("user.name"));
        assertThat(found.auditTrail()).isEqualTo(record.auditTrail());
        assertThat(found.decision()).isEqualTo(record.decision());
        assertThatThrownBy(() -> engine.addNote(record.id(), "", "asha"))
                .isInstanceOf(InvalidReviewException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> engine.addNote("gone", "text", "asha"))
                .isInstanceOf(DecisionNotFoundException.class).hasMessageContaining("'gone'");
    }

    @Test
    void anAnalystNameTooLongToKeepIsRefusedBeforeAnythingIsDecided() {
        AskRequest request = new AskRequest(QUESTION, null, null, null, 8, "a".repeat(256));

        assertThatThrownBy(() -> engine.ask(request))
                .isInstanceOf(InvalidQueryException.class).hasMessageContaining("256 characters long");
        assertThat(engine.decisions(10)).isEmpty();
    }

    private static Outcome otherThan(Outcome outcome) {
        return Arrays.stream(Outcome.values()).filter(o -> o != outcome).findFirst().orElseThrow();
    }
}
