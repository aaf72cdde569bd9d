package com.intelliclaim.engine.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.DecisionNote;
import com.intelliclaim.engine.api.DecisionOverride;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.Outcome;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync outbox (V7): each change records its row in its own transaction, imports from the team record none, and
 * a data folder made before V7 has its existing work queued by the migration.
 */
class SyncOutboxTest {
    @TempDir
    Path tmp;

    @Test
    void everyChangeRecordsItsKindAndKeyInOrder() {
        try (H2DocumentStore store = H2DocumentStore.open(tmp.resolve("store"))) {
            H2DecisionStore decisions = H2DecisionStore.sharing(store);
            H2Outbox outbox = H2Outbox.sharing(store);
            store.add(new NewDocument(DecisionFixtures.SHA_A, "policy.pdf", "application/pdf", 10),
                    StoreFixtures.pages(1), StoreFixtures.chunks(1, 1), List.of(StoreFixtures.vector()));
            DecisionRecord first = DecisionFixtures.record("d-1", 0);
            decisions.append(first);
            decisions.addNote("d-1", new DecisionNote("checked", "asha", DecisionFixtures.T0));
            decisions.append(overriding(first, "d-2"));

            assertThat(outbox.oldest(10)).extracting(OutboxEntry::kind, OutboxEntry::ref).containsExactly(
                    Tuple.tuple(ChangeKind.DOCUMENT, DecisionFixtures.SHA_A),
                    Tuple.tuple(ChangeKind.DECISION, "d-1"),
                    Tuple.tuple(ChangeKind.NOTE, "d-1"),
                    Tuple.tuple(ChangeKind.OVERRIDE, "d-2"));
            assertThat(outbox.confirm(outbox.oldest(2).stream().map(OutboxEntry::seq).toList())).isEqualTo(2);
            outbox.failed(outbox.oldest(1).stream().map(OutboxEntry::seq).toList(), "server away");
            assertThat(outbox.oldest(10)).extracting(OutboxEntry::attempts, OutboxEntry::lastError)
                    .containsExactly(Tuple.tuple(1, "server away"),
                            Tuple.tuple(0, null));
        }
    }

    @Test
    void whatComesFromTheTeamIsNotQueuedAndComesOnlyOnce() {
        try (H2DocumentStore store = H2DocumentStore.open(tmp.resolve("store"))) {
            H2SharedRecords records = H2SharedRecords.sharing(store);
            SharedDocument doc = new SharedDocument(DecisionFixtures.SHA_B, "team.pdf", "application/pdf", 5,
                    DecisionFixtures.T0, "m", StoreFixtures.pages(1), StoreFixtures.chunks(1, 1),
                    List.of(StoreFixtures.vector()));
            DecisionRecord decision = DecisionFixtures.record("t-1", 0)
                    .withNotes(List.of(new DecisionNote("from bala", "bala", DecisionFixtures.T0)));

            assertThat(records.importDocument(doc)).isPresent();
            assertThat(records.importDocument(doc)).isEmpty();
            assertThat(records.importDecision(decision)).isTrue();
            assertThat(records.importDecision(decision)).isFalse();
            // The server's copy of the note has microseconds: still the same note.
            DecisionNote fromServer = new DecisionNote("from bala", "bala",
                    DecisionFixtures.T0.truncatedTo(java.time.temporal.ChronoUnit.MICROS));
            assertThat(records.importNote("t-1", fromServer)).isFalse();
            assertThat(records.importNote("t-1", new DecisionNote("later", "bala", DecisionFixtures.T0))).isTrue();
            assertThat(records.importNote("unknown", fromServer)).isFalse();

            assertThat(H2Outbox.sharing(store).pending()).isZero();
            assertThat(records.document(DecisionFixtures.SHA_B)).hasValueSatisfying(d -> {
                assertThat(d.chunks()).isEqualTo(doc.chunks());
                assertThat(d.vectors().get(0)).isEqualTo(StoreFixtures.vector());
            });
            assertThat(H2DecisionStore.sharing(store).find("t-1").orElseThrow().notes()).hasSize(2);
        }
    }

    @Test
    void aFolderFromBeforeSyncHasItsWorkQueuedByTheMigration() throws Exception {
        Path file = tmp.resolve("old");
        try (StoreDatabase database = new StoreDatabase(file)) {
            Flyway.configure().dataSource(database.dataSource()).locations(SchemaMigrator.LOCATION).target("6")
                    .load().migrate();
            // A document row as the schema of that time had it (today's writer fills columns added later).
            database.write("seed", c -> {
                try (var insert = c.prepareStatement("INSERT INTO documents (sha256, name, media_type, size_bytes,"
                        + " page_count, chunk_count, ingested_at) VALUES (?, 'old.pdf', 'application/pdf', 3, 1, 1,"
                        + " CURRENT_TIMESTAMP)")) {
                    insert.setString(1, DecisionFixtures.SHA_A);
                    insert.executeUpdate();
                }
                DecisionRows.insert(c, DecisionFixtures.record("old-1", 0));
                return null;
            });
        }
        try (H2DocumentStore store = H2DocumentStore.open(file)) {
            assertThat(H2Outbox.sharing(store).oldest(10)).extracting(OutboxEntry::kind, OutboxEntry::ref)
                    .containsExactly(Tuple.tuple(ChangeKind.DOCUMENT, DecisionFixtures.SHA_A),
                            Tuple.tuple(ChangeKind.DECISION, "old-1"));
        }
    }

    private static DecisionRecord overriding(DecisionRecord r, String id) {
        return new DecisionRecord(id, r.query(), Outcome.REJECTED, null, false, r.currency(), r.justification(),
                r.confidence(), r.citations(), r.facts(), r.conditions(), r.decidedBy(), r.versions(),
                r.documentHashes(), r.auditTrail(), r.createdAt().plusSeconds(5), "asha",
                new DecisionOverride(Outcome.REJECTED, "reason", "asha", r.createdAt().plusSeconds(5)), r.id(),
                List.of(), List.of());
    }
}
