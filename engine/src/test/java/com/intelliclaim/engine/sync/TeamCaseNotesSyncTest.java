package com.intelliclaim.engine.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.intelliclaim.engine.api.CaseChange;
import com.intelliclaim.engine.api.CaseDocumentEdit;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.NewCase;
import com.intelliclaim.engine.store.CaseStore;
import com.intelliclaim.engine.store.SharedCase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.ZoneOffset;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A case version made by attaching or detaching a document carries its change note ("Attached policy.pdf") to the
 * team's PostgreSQL (V3) and to a teammate's folder, each note with its own version, conflict losers included; a team
 * database still at V2 is upgraded by the usual open and keeps its data.
 */
class TeamCaseNotesSyncTest {
    @RegisterExtension
    static final TestBackend backend = TestBackend.shared();

    @RegisterExtension
    final TwoAnalysts team = TwoAnalysts.openedByTheTest(backend);

    @Test
    void anAttachAndADetachArriveWithTheirNotesWhoAndWhen() {
        team.openBackend();
        String policy = team.asha().addDocument("Policy wording: cataract surgery is covered after 24 months.");
        String policyName = team.asha().store.findBySha256(policy).orElseThrow().name();
        ClaimCase created = team.asha().cases.create(new NewCase("CLM-10", "Ravi Kumar", "POL-10", "asha"));
        ClaimCase attached = attach(team.asha().cases, created.id(), policy, "asha");
        team.sync(team.asha());

        assertThat(team.sync(team.bala()).cases().received()).isEqualTo(1);

        assertThat(team.bala().cases.changes(created.id()))
                .extracting(CaseChange::version, CaseChange::by, CaseChange::at, CaseChange::what)
                .containsExactly(tuple(1L, "asha", created.updatedAt(), "Created"),
                        tuple(2L, "asha", attached.updatedAt(), "Attached " + policyName));
        assertThat(backend.count("SELECT COUNT(*) FROM cases WHERE version = 2 AND change_note = 'Attached "
                + policyName + "'")).isEqualTo(1);

        ClaimCase detached = detach(team.asha().cases, created.id(), policy, "asha");
        team.sync(team.asha());
        team.sync(team.bala());

        assertThat(team.bala().cases.changes(created.id()))
                .extracting(CaseChange::version, CaseChange::by, CaseChange::at, CaseChange::what)
                .containsExactly(tuple(1L, "asha", created.updatedAt(), "Created"),
                        tuple(2L, "asha", attached.updatedAt(), "Attached " + policyName),
                        tuple(3L, "asha", detached.updatedAt(), "Detached " + policyName));
        assertThat(team.bala().cases.changes(created.id())).isEqualTo(team.asha().cases.changes(created.id()));
        assertThat(backend.count("SELECT COUNT(*) FROM case_history WHERE version = 2 AND change_note = 'Attached "
                + policyName + "'")).as("the older version keeps its note on the server").isEqualTo(1);
    }

    @Test
    void conflictingAttachAndDetachKeepEachNoteWithItsOwnVersionOnBothSidesAndTheServer() throws Exception {
        team.openBackend();
        String policy = team.asha().addDocument("Policy wording: room rent up to 1% of the sum insured.");
        String letter = team.asha().addDocument("Hospital letter: admitted on 3 June.");
        String policyName = team.asha().store.findBySha256(policy).orElseThrow().name();
        String letterName = team.asha().store.findBySha256(letter).orElseThrow().name();
        ClaimCase created = team.asha().cases.create(new NewCase("CLM-11", "Meera", "POL-11", "asha"));
        attach(team.asha().cases, created.id(), policy, "asha");
        team.sync(team.asha());
        team.sync(team.bala());

        ClaimCase ashas = attach(team.asha().cases, created.id(), letter, "asha");
        Thread.sleep(5);
        ClaimCase balas = detach(team.bala().cases, created.id(), policy, "bala");
        assertThat(ashas.version()).isEqualTo(balas.version()).isEqualTo(3);

        team.sync(team.asha());
        team.sync(team.bala());
        team.sync(team.asha());

        for (TeamLocal analyst : List.of(team.asha(), team.bala())) {
            assertThat(analyst.cases.find(created.id())).as(analyst.analyst + ": the later version wins")
                    .hasValue(balas);
            assertThat(analyst.cases.changes(created.id())).as(analyst.analyst + "'s history")
                    .extracting(CaseChange::version, CaseChange::by, CaseChange::what)
                    .containsExactly(tuple(1L, "asha", "Created"),
                            tuple(2L, "asha", "Attached " + policyName),
                            tuple(3L, "asha", "Attached " + letterName),
                            tuple(3L, "bala", "Detached " + policyName));
        }
        assertThat(backend.count("SELECT COUNT(*) FROM cases WHERE updated_by = 'bala' AND version = 3"
                + " AND change_note = 'Detached " + policyName + "'")).isEqualTo(1);
        assertThat(backend.count("SELECT COUNT(*) FROM case_history WHERE updated_by = 'asha' AND version = 3"
                + " AND change_note = 'Attached " + letterName + "'")).as("the loser keeps its note").isEqualTo(1);
    }

    @Test
    void aTeamDatabaseAtV2IsUpgradedOnOpenKeepsItsCasesAndTakesTheNotesPushedLater() throws Exception {
        String policy = team.asha().addDocument("Policy wording: ambulance cover up to 2,000.");
        String policyName = team.asha().store.findBySha256(policy).orElseThrow().name();
        ClaimCase created = team.asha().cases.create(new NewCase("CLM-12", "Joseph", "POL-12", "asha"));
        attach(team.asha().cases, created.id(), policy, "asha");
        SharedCase pushedBefore = team.asha().records.sharedCase(created.id()).orElseThrow();
        Flyway.configure().dataSource(backend.jdbcUrl(), TestPostgres.USER, TestPostgres.PASSWORD)
                .locations(PostgresBackend.LOCATION).target("2").load().migrate();
        try (Connection old = backend.connectAsAnalyst()) {
            pushAsAnOlderIntelliClaim(old, pushedBefore);
        }
        assertThat(backend.count("SELECT COUNT(*) FROM information_schema.columns"
                + " WHERE column_name = 'change_note'")).as("still at V2").isZero();

        team.openBackend();

        assertThat(backend.count("SELECT MAX(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success"))
                .isEqualTo(3);
        assertThat(backend.count("SELECT COUNT(*) FROM information_schema.columns WHERE column_name = 'change_note'"
                + " AND table_name IN ('cases', 'case_history')")).isEqualTo(2);
        assertThat(backend.count("SELECT COUNT(*) FROM cases WHERE id = '" + created.id() + "' AND version = 2"
                + " AND claimant = 'Joseph' AND change_note IS NULL")).as("the case survived").isEqualTo(1);
        assertThat(backend.count("SELECT COUNT(*) FROM case_history WHERE case_id = '" + created.id() + "'"))
                .isEqualTo(1);

        // Asha's next change sends the whole case again: the version pushed without its note gets it.
        team.asha().cases.update(created.id(), team.asha().cases.find(created.id()).orElseThrow().toUpdate("asha")
                .withFields("CLM-12", "Joseph Dsouza", "POL-12"));
        team.sync(team.asha());
        team.sync(team.bala());

        assertThat(team.bala().cases.changes(created.id())).extracting(CaseChange::version, CaseChange::what)
                .containsExactly(tuple(1L, "Created"), tuple(2L, "Attached " + policyName),
                        tuple(3L, "Changed the claimant"));
    }

    /** Writes a case as IntelliClaim did before V3: no change notes, its change logged for the team. */
    private static void pushAsAnOlderIntelliClaim(Connection c, SharedCase shared) throws Exception {
        ClaimCase k = shared.current();
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO cases (id, claim_number, claimant,"
                + " policy_number, status, created_at, created_by, updated_at, updated_by, version, pushed_by)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, k.id());
            insert.setString(2, k.claimNumber());
            insert.setString(3, k.claimant());
            insert.setString(4, k.policyNumber());
            insert.setString(5, k.status().name());
            insert.setObject(6, k.createdAt().atOffset(ZoneOffset.UTC));
            insert.setString(7, shared.createdBy());
            insert.setObject(8, k.updatedAt().atOffset(ZoneOffset.UTC));
            insert.setString(9, k.updatedBy());
            insert.setLong(10, k.version());
            insert.setString(11, k.updatedBy());
            insert.executeUpdate();
        }
        for (ClaimCase v : shared.history()) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO case_history (case_id, version,"
                    + " claim_number, claimant, policy_number, status, updated_at, updated_by)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, v.id());
                insert.setLong(2, v.version());
                insert.setString(3, v.claimNumber());
                insert.setString(4, v.claimant());
                insert.setString(5, v.policyNumber());
                insert.setString(6, v.status().name());
                insert.setObject(7, v.updatedAt().atOffset(ZoneOffset.UTC));
                insert.setString(8, v.updatedBy());
                insert.executeUpdate();
            }
        }
        try (PreparedStatement log = c.prepareStatement("INSERT INTO changes (kind, ref) VALUES ('CASE', ?)")) {
            log.setString(1, k.id());
            log.executeUpdate();
        }
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
