package com.intelliclaim.engine.store;

import java.time.Instant;

/**
 * A teammate's case that could not be stored here yet and waits (H2 {@code team_case_waiting}); it is tried again
 * during every pull and leaves this list once applied.
 *
 * @param claimNumber  the claim number of its current version
 * @param receivedFrom the analyst whose sync sent it
 * @param reason       why it waits: {@link TeamCaseResult#CLAIM_NUMBER_TAKEN}, another case here has the number
 * @param since        when it first had to wait
 */
public record WaitingTeamCase(String caseId, String claimNumber, String claimant, String receivedFrom,
                              TeamCaseResult reason, Instant since) {
}
