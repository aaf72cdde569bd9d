package com.intelliclaim.engine.store;

import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.DecisionRecord;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A teammate's cases and case documents merged into the local tables, inside the caller's transaction. */
final class TeamCases {
    private static final Logger LOG = LoggerFactory.getLogger(TeamCases.class);

    private TeamCases() {
    }

    static TeamCaseResult merge(Connection c, SharedCase team, String receivedFrom) throws SQLException {
        ClaimCase incoming = team.current();
        Optional<ClaimCase> here = CaseRows.byId(c, incoming.id());
        if (claimNumberTaken(c, incoming)) {
            LOG.warn("Team case {} waits: another case here has its claim number", incoming.id());
            return TeamCaseResult.CLAIM_NUMBER_TAKEN;
        }
        TeamCaseResult result;
        ClaimCase current;
        if (here.isEmpty()) {
            CaseRows.insert(c, incoming, team.createdBy(), receivedFrom, Instant.now(), team.noteOf(incoming));
            current = incoming;
            result = TeamCaseResult.ADDED;
        } else {
            int order = CaseOrder.WINNER.compare(incoming, here.get());
            if (order > 0) {
                CaseRows.keepCurrent(c, here.get());
                CaseRows.overwrite(c, incoming, team.noteOf(incoming));
                current = incoming;
                result = TeamCaseResult.UPDATED;
            } else {
                current = here.get();
                result = order < 0 && CaseRows.keep(c, incoming, team.noteOf(incoming)) ? TeamCaseResult.KEPT_LOCAL
                        : TeamCaseResult.UNCHANGED;
                CaseRows.fillNote(c, current, team.noteOf(current)); // a note this version lacks here, if sent
            }
        }
        boolean historyAdded = false;
        for (ClaimCase version : team.history()) {
            if (!CaseOrder.same(version, current)) {
                historyAdded |= CaseRows.keep(c, version, team.noteOf(version));
            }
        }
        return result == TeamCaseResult.UNCHANGED && historyAdded ? TeamCaseResult.KEPT_LOCAL : result;
    }

    /** Whether another case here holds the claim number (claim numbers are unique here). */
    private static boolean claimNumberTaken(Connection c, ClaimCase incoming) throws SQLException {
        return CaseRows.byClaimNumber(c, incoming.claimNumber())
                .filter(k -> k.claimNumber().equalsIgnoreCase(incoming.claimNumber()))
                .filter(k -> !k.id().equals(incoming.id()))
                .isPresent();
    }

    static boolean applyLink(Connection c, SharedCaseLink link) throws SQLException {
        if (CaseRows.byId(c, link.caseId()).isEmpty()) {
            return false;
        }
        Optional<CaseDocument> here = CaseRows.link(c, link.caseId(), link.sha256());
        if (link.attached()) {
            return here.isEmpty() && CaseRows.linkByName(c, link.caseId(), link.sha256(), link.documentName(),
                    link.changedAt(), link.changedBy());
        }
        boolean attachedLater = here.isPresent() && here.get().attachedAt().truncatedTo(ChronoUnit.MICROS)
                .isAfter(link.changedAt().truncatedTo(ChronoUnit.MICROS));
        return here.isPresent() && !attachedLater && CaseRows.unlink(c, link.caseId(), link.sha256());
    }

    /**
     * The record as it can be stored here: its case link kept when the case is here, else left out for now (the
     * caller holds it until the case is stored, see {@link TeamCaseWaits#holdDecision}).
     */
    static DecisionRecord withCaseIfHere(Connection c, DecisionRecord r) throws SQLException {
        if (r.caseId() == null || CaseRows.byId(c, r.caseId()).isPresent()) {
            return r;
        }
        LOG.info("Team decision {} names case {}, which is not stored here yet; stored without its case until the"
                + " case is", r.id(), r.caseId());
        return new DecisionRecord(r.id(), r.query(), r.decision(), r.amount(), r.amountUpTo(), r.currency(),
                r.justification(), r.confidence(), r.citations(), r.facts(), r.conditions(), r.decidedBy(),
                r.versions(), r.documentHashes(), r.auditTrail(), r.createdAt(), r.analyst(), r.override(),
                r.supersedes(), r.notes(), r.passages(), null);
    }
}
