package com.intelliclaim.engine.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.EngineException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Teammates' cases that could not be stored here (another case here has the claim number) wait in
 * {@code team_case_waiting} instead of being dropped. Teammates' attaches, detaches and decisions that name a case not
 * stored here are held by the case's id, whether the case waits or has not arrived at all (see
 * {@link AwaitedTeamCase}): {@code team_case_link_waiting} and {@code team_decision_case_waiting} (V11) have no key to
 * {@code team_case_waiting}, so one row means "held until the case with this id is stored here", whatever keeps the
 * case away. Whatever is held for a case is applied in the transaction that stores it. Each method runs inside the
 * caller's transaction and holds no state.
 */
final class TeamCaseWaits {
    private TeamCaseWaits() {
    }

    /** A waiting case as the sync worker received it, with who sent it and since when it waits. */
    private record Waiting(SharedCase shared, String receivedFrom, TeamCaseResult reason, Instant receivedAt,
                           Instant since) {
    }

    /**
     * Merges a teammate's case (see {@link TeamCases#merge}) together with any waiting version of it: the later of the
     * two is the one tried, the other joins its history. Refused again, it waits (replacing the waiting row);
     * stored, the waiting row goes and the links and decisions held for the case (while it waited or before it
     * arrived) are applied.
     */
    static TeamCaseResult merge(Connection c, SharedCase team, String receivedFrom) throws SQLException {
        String id = team.current().id();
        Optional<Waiting> waiting = find(c, id);
        SharedCase candidate = team;
        String from = receivedFrom;
        Instant receivedAt = Instant.now();
        if (waiting.isPresent()) {
            candidate = combine(waiting.get().shared(), team);
            if (candidate.current() == waiting.get().shared().current()) {
                from = waiting.get().receivedFrom();
                receivedAt = waiting.get().receivedAt();
            }
        }
        TeamCaseResult result = TeamCases.merge(c, candidate, from);
        if (result == TeamCaseResult.CLAIM_NUMBER_TAKEN) {
            save(c, new Waiting(candidate, from, result, receivedAt, waiting.map(Waiting::since).orElse(receivedAt)));
            return result;
        }
        if (waiting.isPresent()) {
            delete(c, "team_case_waiting", "case_id", id);
        }
        applyHeld(c, id);
        return result;
    }

    /** Tries a waiting case again, as stored; {@link TeamCaseResult#UNCHANGED} when it no longer waits. */
    static TeamCaseResult retry(Connection c, String caseId) throws SQLException {
        Optional<Waiting> waiting = find(c, caseId);
        return waiting.isEmpty() ? TeamCaseResult.UNCHANGED
                : merge(c, waiting.get().shared(), waiting.get().receivedFrom());
    }

    /** The ids of the waiting cases, longest waiting first. */
    static List<String> waitingIds(Connection c) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(
                "SELECT case_id FROM team_case_waiting ORDER BY waiting_since, case_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    /** The waiting cases, longest waiting first. */
    static List<WaitingTeamCase> all(Connection c) throws SQLException {
        List<WaitingTeamCase> all = new ArrayList<>();
        for (String id : waitingIds(c)) {
            find(c, id).ifPresent(w -> all.add(new WaitingTeamCase(id, w.shared().current().claimNumber(),
                    w.shared().current().claimant(), w.receivedFrom(), w.reason(), w.since())));
        }
        return all;
    }

    /**
     * Holds a teammate's attach or detach of a case that is not stored here, waiting or not arrived yet, until the
     * case is stored (the later change of one link replaces an earlier one).
     */
    static void holdLink(Connection c, SharedCaseLink link) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement("MERGE INTO team_case_link_waiting t USING (VALUES"
                + " (CAST(? AS VARCHAR(64)), CAST(? AS CHAR(64)), CAST(? AS VARCHAR(1024)), CAST(? AS BOOLEAN),"
                + " CAST(? AS TIMESTAMP(9) WITH TIME ZONE), CAST(? AS VARCHAR(255))))"
                + " s(case_id, sha, name, attached, changed_at, changed_by)"
                + " ON t.case_id = s.case_id AND t.document_sha256 = s.sha"
                + " WHEN MATCHED AND t.changed_at <= s.changed_at THEN UPDATE SET document_name = s.name,"
                + " attached = s.attached, changed_at = s.changed_at, changed_by = s.changed_by"
                + " WHEN NOT MATCHED THEN INSERT VALUES (s.case_id, s.sha, s.name, s.attached, s.changed_at,"
                + " s.changed_by)")) {
            merge.setString(1, link.caseId());
            merge.setString(2, link.sha256());
            merge.setString(3, link.documentName());
            merge.setBoolean(4, link.attached());
            merge.setObject(5, utc(link.changedAt()));
            merge.setString(6, link.changedBy());
            merge.executeUpdate();
        }
    }

    /**
     * Notes that a teammate's decision, stored without its case, names a case that is not stored here (waiting or not
     * arrived yet); the decision gets its case when the case is stored.
     */
    static void holdDecision(Connection c, String decisionId, String caseId) throws SQLException {
        try (PreparedStatement merge = c.prepareStatement(
                "MERGE INTO team_decision_case_waiting (decision_id, case_id) KEY (decision_id) VALUES (?, ?)")) {
            merge.setString(1, decisionId);
            merge.setString(2, caseId);
            merge.executeUpdate();
        }
    }

    /**
     * The cases that teammates' held links and decisions name but that have not arrived here (a case that waits is
     * in {@link #all} instead), by case id.
     */
    static List<AwaitedTeamCase> awaited(Connection c) throws SQLException {
        List<AwaitedTeamCase> awaited = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT case_id, SUM(links), SUM(decisions) FROM ("
                + " SELECT case_id, 1 AS links, 0 AS decisions FROM team_case_link_waiting"
                + " UNION ALL SELECT case_id, 0, 1 FROM team_decision_case_waiting) held"
                + " WHERE case_id NOT IN (SELECT case_id FROM team_case_waiting)"
                + " GROUP BY case_id ORDER BY case_id");
             ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                awaited.add(new AwaitedTeamCase(rows.getString(1), rows.getInt(2), rows.getInt(3)));
            }
        }
        return awaited;
    }

    /**
     * The later of two versions of one case is current; every other version of either is in its history, once, and
     * every version keeps its change note.
     */
    static SharedCase combine(SharedCase a, SharedCase b) {
        SharedCase winner = CaseOrder.WINNER.compare(b.current(), a.current()) >= 0 ? b : a;
        List<ClaimCase> history = new ArrayList<>();
        List<ClaimCase> known = new ArrayList<>(a.history());
        known.add(a.current());
        known.addAll(b.history());
        known.add(b.current());
        for (ClaimCase version : known) {
            if (!CaseOrder.same(version, winner.current())
                    && history.stream().noneMatch(h -> CaseOrder.same(h, version))) {
                history.add(version);
            }
        }
        history.sort(CaseOrder.WINNER);
        List<CaseVersionNote> notes = new ArrayList<>(a.notes());
        for (CaseVersionNote note : b.notes()) {
            if (CaseVersionNote.of(notes, note.version()) == null) {
                notes.add(note);
            }
        }
        return new SharedCase(winner.current(), winner.createdBy(), history, notes);
    }

    private static void applyHeld(Connection c, String caseId) throws SQLException {
        List<SharedCaseLink> links = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement("SELECT document_sha256, document_name, attached,"
                + " changed_at, changed_by FROM team_case_link_waiting WHERE case_id = ? ORDER BY changed_at")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    links.add(new SharedCaseLink(caseId, rows.getString(1).trim(), rows.getString(2),
                            rows.getBoolean(3), rows.getObject(4, OffsetDateTime.class).toInstant(),
                            rows.getString(5)));
                }
            }
        }
        for (SharedCaseLink link : links) {
            TeamCases.applyLink(c, link);
        }
        delete(c, "team_case_link_waiting", "case_id", caseId);
        try (PreparedStatement update = c.prepareStatement("UPDATE decisions SET case_id = ? WHERE case_id IS NULL"
                + " AND id IN (SELECT decision_id FROM team_decision_case_waiting WHERE case_id = ?)")) {
            update.setString(1, caseId);
            update.setString(2, caseId);
            update.executeUpdate();
        }
        delete(c, "team_decision_case_waiting", "case_id", caseId);
    }

    private static Optional<Waiting> find(Connection c, String caseId) throws SQLException {
        try (PreparedStatement select = c.prepareStatement("SELECT shared_case, received_from, reason, received_at,"
                + " waiting_since FROM team_case_waiting WHERE case_id = ?")) {
            select.setString(1, caseId);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Waiting(read(rows.getString(1), caseId), rows.getString(2),
                        TeamCaseResult.valueOf(rows.getString(3)), rows.getObject(4, OffsetDateTime.class).toInstant(),
                        rows.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
    }

    private static void save(Connection c, Waiting waiting) throws SQLException {
        SharedCase shared = waiting.shared();
        delete(c, "team_case_waiting", "case_id", shared.current().id());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO team_case_waiting (case_id, claim_number,"
                + " version, shared_case, received_from, reason, received_at, waiting_since)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, shared.current().id());
            insert.setString(2, shared.current().claimNumber());
            insert.setLong(3, shared.current().version());
            insert.setString(4, DecisionJson.write(shared));
            insert.setString(5, waiting.receivedFrom());
            insert.setString(6, waiting.reason().name());
            insert.setObject(7, utc(waiting.receivedAt()));
            insert.setObject(8, utc(waiting.since()));
            insert.executeUpdate();
        }
    }

    private static SharedCase read(String json, String caseId) {
        try {
            return DecisionJson.parse(json, DecisionJson.type(SharedCase.class));
        } catch (JsonProcessingException e) {
            throw new EngineException("The teammate's case " + caseId + " waiting in the local database is damaged"
                    + " and cannot be read.", e);
        }
    }

    private static void delete(Connection c, String table, String column, String value) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + table + " WHERE " + column + " = ?")) {
            delete.setString(1, value);
            delete.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
