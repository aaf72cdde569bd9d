package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * A data folder as IntelliClaim left it before cases travelled to the team (local schema V9): a case and decisions
 * made in it, the decisions queued in the sync outbox and not sent yet. Opening it with the current version runs V10,
 * which queues the case behind them, so the first sync sends the decisions before their case.
 */
public final class FolderBeforeCaseSync {
    private FolderBeforeCaseSync() {
    }

    /** Writes the folder's database at {@code file} (as {@link H2DocumentStore#open} names it). */
    public static void create(Path file, ClaimCase k, List<DecisionRecord> decisions) {
        try (StoreDatabase database = new StoreDatabase(file)) {
            Flyway.configure().dataSource(database.dataSource()).locations(SchemaMigrator.LOCATION).target("9")
                    .load().migrate();
            database.write("seed a folder from before case sync", c -> {
                try (var insert = c.prepareStatement("INSERT INTO cases (id, claim_number, claimant, policy_number,"
                        + " status, created_at, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, k.id());
                    insert.setString(2, k.claimNumber());
                    insert.setString(3, k.claimant());
                    insert.setString(4, k.policyNumber());
                    insert.setString(5, k.status().name());
                    insert.setObject(6, k.createdAt().atOffset(ZoneOffset.UTC));
                    insert.setObject(7, k.updatedAt().atOffset(ZoneOffset.UTC));
                    insert.setString(8, k.updatedBy());
                    insert.setLong(9, k.version());
                    insert.executeUpdate();
                }
                for (DecisionRecord decision : decisions) {
                    DecisionRows.insert(c, decision);
                    OutboxRows.record(c, ChangeKind.DECISION, decision.id());
                }
                return null;
            });
        }
    }
}
