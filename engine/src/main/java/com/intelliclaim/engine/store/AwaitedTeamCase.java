package com.intelliclaim.engine.store;

/**
 * A teammate's case that has not arrived here (neither stored nor waiting) while teammates' changes naming it have:
 * their attaches and detaches (H2 {@code team_case_link_waiting}) and decisions (stored without their case,
 * {@code team_decision_case_waiting}) are held by the case's id and applied when the case is stored here. This
 * happens when the team database has a change before the case it names, for example a decision queued before its
 * case by an older IntelliClaim and sent in an earlier batch. Only the case's id is known here.
 *
 * @param links     attaches and detaches held for it (one per document: the later change of a link replaces an
 *                  earlier one)
 * @param decisions decisions stored here without their case until it arrives
 */
public record AwaitedTeamCase(String caseId, int links, int decisions) {
    /** All changes held for the case. */
    public int changes() {
        return links + decisions;
    }
}
