package com.intelliclaim.engine.store;

import static com.intelliclaim.engine.store.DecisionFixtures.note;
import static com.intelliclaim.engine.store.DecisionFixtures.overrideOf;
import static com.intelliclaim.engine.store.DecisionFixtures.record;
import static com.intelliclaim.engine.store.DecisionFixtures.withAmount;
import static com.intelliclaim.engine.store.DecisionFixtures.withNotes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionAlreadyOverriddenException;
import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionNotFoundException;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@link DecisionStore} contract: append-only history, overrides as new records, notes beside them. */
abstract class DecisionStoreContractTest {

    /** The store under test, new and empty for each test. */
    protected abstract DecisionStore store();

    @Test
    void anAppendedRecordIsFoundWithEveryPart() {
        DecisionRecord record = record();

        store().append(record);

        assertThat(store().find(record.id())).contains(record);
    }

    @Test
    void nullPartsAndEmptyListsRoundTrip() {
        DecisionRecord bare = new DecisionRecord("bare-1", "dental, Chennai", Outcome.NEEDS_REVIEW, null, false, null,
                "No clause applies.", 0, List.of(), ClaimFacts.NONE, List.of(), "llm:gpt-4o-mini",
                new com.intelliclaim.engine.api.DecisionVersions("development", "m", "rules-1", "prompt-1"),
                List.of(), List.of(), DecisionFixtures.T0, "asha", null, null, List.of());

        store().append(bare);

        assertThat(store().find("bare-1")).contains(bare);
    }

    @Test
    void anUnknownIdIsNotFound() {
        store().append(record());

        assertThat(store().find("no-such-id")).isEmpty();
        assertThat(store().find("")).isEmpty();
        assertThat(store().find(null)).isEmpty();
    }

    @Test
    void listIsNewestFirstAndLimited() {
        DecisionRecord first = record("first", 0);
        DecisionRecord second = record("second", 10);
        DecisionRecord third = record("third", 20);
        store().append(second);
        store().append(third);
        store().append(first);

        assertThat(store().list(10)).extracting(DecisionRecord::id).containsExactly("third", "second", "first");
        assertThat(store().list(2)).extracting(DecisionRecord::id).containsExactly("third", "second");
        assertThat(store().list(1)).containsExactly(third);
    }

    @Test
    void recordsMadeAtTheSameInstantListLatestAppendedFirst() {
        store().append(record("a", 0));
        store().append(record("b", 0));

        assertThat(store().list(5)).extracting(DecisionRecord::id).containsExactly("b", "a");
    }

    @Test
    void anEmptyHistoryListsNothing() {
        assertThat(store().list(50)).isEmpty();
    }

    @Test
    void aListOfNoRecordsIsRefused() {
        assertThatThrownBy(() -> store().list(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void notesAreAppendedInOrderAndLeaveTheRecordAsItWas() {
        DecisionRecord record = record();
        store().append(record);
        DecisionNote first = note("Called the hospital: admission confirmed.", 100);
        DecisionNote second = note("Discharge summary received.", 200);

        store().addNote(record.id(), first);
        store().addNote(record.id(), second);

        assertThat(store().find(record.id())).contains(withNotes(record, List.of(first, second)));
        assertThat(store().list(1).get(0).notes()).containsExactly(first, second);
    }

    @Test
    void notesCarriedByAnAppendedRecordAreKept() {
        DecisionRecord noted = withNotes(record(), List.of(note("Urgent.", 1)));

        store().append(noted);

        assertThat(store().find(noted.id())).contains(noted);
    }

    @Test
    void aNoteOnAnUnknownDecisionNamesTheId() {
        assertThatThrownBy(() -> store().addNote("missing-42", note("x", 0)))
                .isInstanceOf(DecisionNotFoundException.class)
                .hasMessageContaining("missing-42")
                .satisfies(e -> assertThat(((DecisionNotFoundException) e).id()).isEqualTo("missing-42"));
    }

    @Test
    void anEmptyNoteIsRefused() {
        DecisionRecord record = record();
        store().append(record);

        assertThatThrownBy(() -> store().addNote(record.id(), note("  ", 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store().find(record.id()).orElseThrow().notes()).isEmpty();
    }

    @Test
    void anOverrideIsANewRecordAndTheSupersededOneIsUnchanged() {
        DecisionRecord old = record();
        store().append(old);
        store().addNote(old.id(), note("Before the override.", 30));
        DecisionRecord before = store().find(old.id()).orElseThrow();

        DecisionRecord override = overrideOf(old, Outcome.APPROVED);
        store().append(override);

        assertThat(store().find(old.id())).contains(before);
        DecisionRecord found = store().find(override.id()).orElseThrow();
        assertThat(found).isEqualTo(override);
        assertThat(found.supersedes()).isEqualTo(old.id());
        assertThat(found.override()).isEqualTo(new DecisionOverride(Outcome.APPROVED, "policy ported with prior cover",
                "ravi", old.createdAt().plusSeconds(60)));
        assertThat(store().list(10)).extracting(DecisionRecord::id).containsExactly(override.id(), old.id());
    }

    @Test
    void anOverrideCanItselfBeOverriddenButARecordOnlyOnce() {
        DecisionRecord old = record();
        store().append(old);
        DecisionRecord first = overrideOf(old, Outcome.APPROVED);
        store().append(first);

        assertThatThrownBy(() -> store().append(overrideOf(old, Outcome.NEEDS_REVIEW)))
                .isInstanceOf(DecisionAlreadyOverriddenException.class)
                .hasMessageContaining(old.id()).hasMessageContaining(first.id());

        DecisionRecord second = overrideOf(first, Outcome.NEEDS_REVIEW);
        store().append(second);
        assertThat(store().find(second.id()).orElseThrow().supersedes()).isEqualTo(first.id());
        assertThat(store().list(10)).hasSize(3);
    }

    @Test
    void anOverrideOfAnUnknownRecordIsRefused() {
        DecisionRecord orphan = overrideOf(record("never-stored", 0), Outcome.APPROVED);

        assertThatThrownBy(() -> store().append(orphan))
                .isInstanceOf(DecisionNotFoundException.class).hasMessageContaining("never-stored");
        assertThat(store().find(orphan.id())).isEmpty();
    }

    @Test
    void aRecordIsNeverReplaced() {
        DecisionRecord record = record("same-id", 0);
        store().append(record);
        DecisionRecord other = record("same-id", 99);

        assertThatThrownBy(() -> store().append(other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same-id");
        assertThat(store().find("same-id")).contains(record);
    }

    @ParameterizedTest(name = "{0} is kept as {1}")
    @MethodSource("amounts")
    void amountsAreKeptToThePaisa(String given, String kept) {
        DecisionRecord record = withAmount(record(), new BigDecimal(given));

        store().append(record);

        assertThat(store().find(record.id()).orElseThrow().amount()).isEqualTo(new BigDecimal(kept));
    }

    static Stream<Arguments> amounts() {
        return Stream.of(
                arguments("5000", "5000"),
                arguments("5000.00", "5000"),
                arguments("2E+4", "20000"),
                arguments("1234.5", "1234.5"),
                arguments("1234.567", "1234.57"),
                arguments("0", "0"),
                arguments("999999999999999999.99", "999999999999999999.99"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unstorable")
    void anUnstorableRecordIsRefusedAndNothingIsWritten(String why, UnaryOperator<DecisionRecord> spoil) {
        DecisionRecord bad = spoil.apply(record("bad", 0));

        assertThatThrownBy(() -> store().append(bad)).isInstanceOfAny(IllegalArgumentException.class,
                NullPointerException.class);
        assertThat(store().list(10)).isEmpty();
    }

    static Stream<Arguments> unstorable() {
        return Stream.of(
                arguments("a negative amount", (UnaryOperator<DecisionRecord>) r -> withAmount(r, new BigDecimal("-1"))),
                arguments("an amount of 10^18", (UnaryOperator<DecisionRecord>) r -> withAmount(r, new BigDecimal("1e18"))),
                arguments("an override without the record it supersedes",
                        (UnaryOperator<DecisionRecord>) r -> new DecisionRecord(r.id(), r.query(), r.decision(), null,
                                false, null, r.justification(), r.confidence(), r.citations(), r.facts(),
                                r.conditions(), r.decidedBy(), r.versions(), r.documentHashes(), r.auditTrail(),
                                r.createdAt(), r.analyst(), new DecisionOverride(Outcome.APPROVED, "x", "y",
                                r.createdAt()), null, List.of())),
                arguments("a supersedes without an override", (UnaryOperator<DecisionRecord>) r -> new DecisionRecord(
                        r.id(), r.query(), r.decision(), null, false, null, r.justification(), r.confidence(),
                        r.citations(), r.facts(), r.conditions(), r.decidedBy(), r.versions(), r.documentHashes(),
                        r.auditTrail(), r.createdAt(), r.analyst(), null, "other", List.of())),
                arguments("a blank id", (UnaryOperator<DecisionRecord>) r -> new DecisionRecord(" ", r.query(),
                        r.decision(), null, false, null, r.justification(), r.confidence(), r.citations(), r.facts(),
                        r.conditions(), r.decidedBy(), r.versions(), r.documentHashes(), r.auditTrail(),
                        r.createdAt(), r.analyst(), null, null, List.of())),
                arguments("no facts", (UnaryOperator<DecisionRecord>) r -> new DecisionRecord(r.id(), r.query(),
                        r.decision(), null, false, null, r.justification(), r.confidence(), r.citations(), null,
                        r.conditions(), r.decidedBy(), r.versions(), r.documentHashes(), r.auditTrail(),
                        r.createdAt(), r.analyst(), null, null, List.of())),
                arguments("no analyst", (UnaryOperator<DecisionRecord>) r -> new DecisionRecord(r.id(), r.query(),
                        r.decision(), null, false, null, r.justification(), r.confidence(), r.citations(), r.facts(),
                        r.conditions(), r.decidedBy(), r.versions(), r.documentHashes(), r.auditTrail(),
                        r.createdAt(), "", null, null, List.of())),
                arguments("a blank note", (UnaryOperator<DecisionRecord>) r -> withNotes(r, List.of(note("", 1)))));
    }
}
