package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseStatus;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.NewCase;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Cases and removals in the local store for team sync (V10): each change queues its outbox row, a folder from before
 * V10 has its cases queued by the migration, and the last-writer-wins order is the same everywhere.
 */
class TeamCasesStoreTest {
    private static final Instant T = Instant.parse("2026-03-01T10:00:00.000001Z");

    @TempDir
    Path tmp;

    @Test
    void caseChangesAndRemovalsQueueTheirRowsInOrder() {
        try (H2DocumentStore store = H2DocumentStore.open(tmp.resolve("store"))) {
            H2CaseStore cases = H2CaseStore.sharing(store);
            H2Outbox outbox = H2Outbox.sharing(store);
            StoredDocument doc = store.add(new NewDocument(DecisionFixtures.SHA_A, "policy.pdf", "application/pdf",
                    10), StoreFixtures.pages(1), StoreFixtures.chunks(1, 1), List.of(StoreFixtures.vector()));
            ClaimCase k = cases.create(new NewCase("CLM-1", "Ravi", "POL-1", "asha"));
            cases.update(k.id(), k.toUpdate("asha").withStatus(CaseStatus.IN_REVIEW));
            attach(cases, k.id(), DecisionFixtures.SHA_A, "asha");
            attach(cases, k.id(), DecisionFixtures.SHA_A, "asha");
            detach(cases, k.id(), DecisionFixtures.SHA_A, "asha");
            store.remove(doc.info().id());
            store.remove(doc.info().id());

            String link = k.id() + "/" + DecisionFixtures.SHA_A;
            assertThat(outbox.oldest(20)).extracting(OutboxEntry::kind, OutboxEntry::ref).containsExactly(
                    Tuple.tuple(ChangeKind.DOCUMENT, DecisionFixtures.SHA_A),
                    Tuple.tuple(ChangeKind.CASE, k.id()),
                    Tuple.tuple(ChangeKind.CASE, k.id()),
                    Tuple.tuple(ChangeKind.CASE_DOCUMENT, link),
                    Tuple.tuple(ChangeKind.CASE, k.id()),
                    Tuple.tuple(ChangeKind.CASE_DOCUMENT, link),
                    Tuple.tuple(ChangeKind.CASE, k.id()),
                    Tuple.tuple(ChangeKind.DOCUMENT_REMOVED, DecisionFixtures.SHA_A));
            assertThat(cases.origin(k.id())).hasValueSatisfying(o -> {
                assertThat(o.createdBy()).isEqualTo("asha");
                assertThat(o.fromTeammate()).isFalse();
            });
        }
    }

    @Test
    void aFolderFromBeforeCaseSyncHasItsCasesQueuedByTheMigration() throws Exception {
        Path file = tmp.resolve("old");
        try (StoreDatabase database = new StoreDatabase(file)) {
            Flyway.configure().dataSource(database.dataSource()).locations(SchemaMigrator.LOCATION).target("8")
                    .load().migrate();
            database.write("seed", c -> {
                try (var statement = c.createStatement()) {
                    statement.execute("INSERT INTO cases (id, claim_number, claimant, policy_number, status,"
                            + " created_at, updated_at, updated_by, version) VALUES ('k-1', 'CLM-9', 'Anu', 'P',"
                            + " 'OPEN', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00Z',"
                            + " TIMESTAMP WITH TIME ZONE '2026-01-02 10:00:00Z', 'bala', 2)");
                    statement.execute("INSERT INTO case_history (case_id, version, claim_number, claimant,"
                            + " policy_number, status, updated_at, updated_by) VALUES ('k-1', 1, 'CLM-9', 'Anu', 'P',"
                            + " 'OPEN', TIMESTAMP WITH TIME ZONE '2026-01-01 10:00:00Z', 'asha')");
                    statement.execute("INSERT INTO case_documents (case_id, document_sha256, document_name,"
                            + " attached_at, attached_by) VALUES ('k-1', '" + DecisionFixtures.SHA_B + "', 'b.pdf',"
                            + " TIMESTAMP WITH TIME ZONE '2026-01-01 11:00:00Z', 'asha')");
                }
                return null;
            });
        }
        try (H2DocumentStore store = H2DocumentStore.open(file)) {
            assertThat(H2Outbox.sharing(store).oldest(10)).extracting(OutboxEntry::kind, OutboxEntry::ref)
                    .containsExactly(Tuple.tuple(ChangeKind.CASE, "k-1"),
                            Tuple.tuple(ChangeKind.CASE_DOCUMENT, "k-1/" + DecisionFixtures.SHA_B));
            assertThat(H2CaseStore.sharing(store).origin("k-1"))
                    .hasValueSatisfying(o -> assertThat(o.createdBy()).as("the author of version 1").isEqualTo("asha"));
            assertThat(H2SharedRecords.sharing(store).sharedCase("k-1")).hasValueSatisfying(s ->
                    assertThat(s.history()).extracting(ClaimCase::version).containsExactly(1L));
        }
    }

    static Stream<Arguments> conflicts() {
        return Stream.of(
                Arguments.of("the teammate's later version wins", 1, "zoe"),
                Arguments.of("this folder's later version stays", -1, "asha"));
    }

    @ParameterizedTest(name = "{0}: both notes kept")
    @MethodSource("conflicts")
    void aConflictKeepsEachVersionsOwnChangeNote(String rule, long teamLaterByMillis, String currentBy) {
        try (H2DocumentStore store = H2DocumentStore.open(tmp.resolve("store"))) {
            H2CaseStore cases = H2CaseStore.sharing(store);
            H2SharedRecords records = H2SharedRecords.sharing(store);
            store.add(new NewDocument(DecisionFixtures.SHA_A, "policy.pdf", "application/pdf", 10),
                    StoreFixtures.pages(1), StoreFixtures.chunks(1, 1), List.of(StoreFixtures.vector()));
            ClaimCase k = cases.create(new NewCase("CLM-1", "Ravi", "POL-1", "asha"));
            ClaimCase mine = attach(cases, k.id(), DecisionFixtures.SHA_A, "asha");
            ClaimCase theirs = new ClaimCase(k.id(), "CLM-1", "Ravi", "POL-1", CaseStatus.OPEN, k.createdAt(),
                    mine.updatedAt().plusMillis(teamLaterByMillis), "zoe", 2);

            records.importCase(new SharedCase(theirs, "asha", List.of(k),
                    List.of(new CaseVersionNote(theirs, "Detached letter.pdf"))), "zoe");

            assertThat(cases.find(k.id())).map(ClaimCase::updatedBy).hasValue(currentBy);
            assertThat(cases.changes(k.id())).extracting(CaseChange::version, CaseChange::by, CaseChange::what)
                    .containsExactlyInAnyOrder(Tuple.tuple(1L, "asha", "Created"),
                            Tuple.tuple(2L, "asha", "Attached policy.pdf"),
                            Tuple.tuple(2L, "zoe", "Detached letter.pdf"));
            assertThat(records.sharedCase(k.id())).hasValueSatisfying(shared -> {
                assertThat(shared.noteOf(mine)).isEqualTo("Attached policy.pdf");
                assertThat(shared.noteOf(theirs)).isEqualTo("Detached letter.pdf");
                assertThat(shared.noteOf(k)).isNull();
            });
        }
    }

    private static final ClaimCase CREATED = teamVersion(1, "Anu", 0);
    private static final ClaimCase ATTACHED = teamVersion(2, "Anu", 5);

    static Stream<Arguments> notedLater() {
        return Stream.of(
                Arguments.of("the current version", ATTACHED, List.of(CREATED),
                        List.of("Created", "Attached policy.pdf")),
                Arguments.of("a version in the history", teamVersion(3, "Anu S", 9), List.of(CREATED, ATTACHED),
                        List.of("Created", "Attached policy.pdf", "Changed the claimant")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("notedLater")
    void aVersionReceivedWithoutItsNoteGetsItWhenATeammateSendsIt(String where, ClaimCase current,
                                                                  List<ClaimCase> history, List<String> expected) {
        try (H2DocumentStore store = H2DocumentStore.open(tmp.resolve("store"))) {
            H2SharedRecords records = H2SharedRecords.sharing(store);
            records.importCase(new SharedCase(current, "asha", history), "asha");
            assertThat(H2CaseStore.sharing(store).changes("k-7")).extracting(CaseChange::what)
                    .doesNotContain("Attached policy.pdf");

            records.importCase(new SharedCase(current, "asha", history,
                    List.of(new CaseVersionNote(ATTACHED, "Attached policy.pdf"))), "asha");

            assertThat(H2CaseStore.sharing(store).changes("k-7")).extracting(CaseChange::what)
                    .containsExactlyElementsOf(expected);
        }
    }

    private static ClaimCase teamVersion(long version, String claimant, long secondsAfterCreation) {
        return new ClaimCase("k-7", "CLM-7", claimant, "P-7", CaseStatus.OPEN, T, T.plusSeconds(secondsAfterCreation),
                "asha", version);
    }

    static Stream<Arguments> versions() {
        return Stream.of(
                Arguments.of("the higher version", version(3, T, "asha"), version(2, T.plusSeconds(60), "zoe")),
                Arguments.of("then the later update", version(2, T.plusNanos(1000), "asha"), version(2, T, "zoe")),
                Arguments.of("then the greater analyst name", version(2, T, "bala"), version(2, T, "asha")),
                Arguments.of("nanoseconds below a microsecond do not count", version(2, T, "bala"),
                        version(2, T.plusNanos(999), "asha")));
    }

    @ParameterizedTest(name = "{0} wins")
    @MethodSource("versions")
    void lastWriterWinsTheSameWayEverywhere(String rule, ClaimCase winner, ClaimCase loser) {
        assertThat(CaseOrder.WINNER.compare(winner, loser)).isPositive();
        assertThat(CaseOrder.WINNER.compare(loser, winner)).isNegative();
        assertThat(CaseOrder.same(winner, version(winner.version(), winner.updatedAt().plusNanos(1),
                winner.updatedBy()))).as("equal to the microsecond: the same version").isTrue();
    }

    private static ClaimCase version(long version, Instant at, String by) {
        return new ClaimCase("k", "CLM", "", "", CaseStatus.OPEN, T, at, by, version);
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
