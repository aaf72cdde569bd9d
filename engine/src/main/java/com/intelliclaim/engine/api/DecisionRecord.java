package com.intelliclaim.engine.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A claim decision as stored and shown: the contract of PRODUCT.md's decision record. Records are append-only: an
 * override is a new record whose {@code supersedes} names the record it overrides and whose {@code override} says
 * why; notes are appended to a record without changing it.
 *
 * @param id             a stable identifier (a UUID string)
 * @param query          the claim question as asked
 * @param decision       the outcome
 * @param amount         the payable amount: the lesser of the amount claimed and the applicable cap when the claim
 *                       amount is known, else the cap; null when no amount applies
 * @param amountUpTo     true when {@code amount} is a cap ("up to"), false when it is the amount payable
 * @param currency       ISO code of the amount, null when there is none
 * @param justification  plain words naming the deciding clause(s)
 * @param confidence     0..1, how directly the deciding clause applied
 * @param citations      the passages relied on, deciding ones first
 * @param facts          the claim facts the decision used
 * @param conditions     what an approval is subject to (network hospital, documents, notification time)
 * @param decidedBy      {@code rules} or {@code llm:<model>}
 * @param versions       engine, embedding model, rules and prompt versions
 * @param documentHashes SHA-256 of every document a retrieved passage came from
 * @param auditTrail     the real steps taken, in order, with their durations
 * @param createdAt      when the record was made
 * @param analyst        who asked (the OS user unless the settings name someone)
 * @param override       the override this record carries, or null
 * @param supersedes     the id of the record this one overrides, or null
 * @param notes          notes appended later, oldest first
 * @param passages       every passage retrieved for the decision, best first, with its retrieval score (the
 *                       citations are some of these); empty for records made before passages were kept
 * @param caseId         the id of the claim case the question was asked in, or null
 */
public record DecisionRecord(
        String id,
        String query,
        Outcome decision,
        BigDecimal amount,
        boolean amountUpTo,
        String currency,
        String justification,
        double confidence,
        List<Citation> citations,
        ClaimFacts facts,
        List<String> conditions,
        String decidedBy,
        DecisionVersions versions,
        List<String> documentHashes,
        List<AuditStep> auditTrail,
        Instant createdAt,
        String analyst,
        DecisionOverride override,
        String supersedes,
        List<DecisionNote> notes,
        List<Citation> passages,
        String caseId) {

    public DecisionRecord {
        citations = List.copyOf(citations);
        conditions = List.copyOf(conditions);
        documentHashes = List.copyOf(documentHashes);
        auditTrail = List.copyOf(auditTrail);
        notes = notes == null ? List.of() : List.copyOf(notes);
        passages = passages == null ? List.of() : List.copyOf(passages);
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be within 0..1, not " + confidence);
        }
    }

    /** A record asked outside any case. */
    public DecisionRecord(String id, String query, Outcome decision, BigDecimal amount, boolean amountUpTo,
                          String currency, String justification, double confidence, List<Citation> citations,
                          ClaimFacts facts, List<String> conditions, String decidedBy, DecisionVersions versions,
                          List<String> documentHashes, List<AuditStep> auditTrail, Instant createdAt, String analyst,
                          DecisionOverride override, String supersedes, List<DecisionNote> notes,
                          List<Citation> passages) {
        this(id, query, decision, amount, amountUpTo, currency, justification, confidence, citations, facts,
                conditions, decidedBy, versions, documentHashes, auditTrail, createdAt, analyst, override, supersedes,
                notes, passages, null);
    }

    /** A record without its retrieved passages (one made before they were kept, or by hand). */
    public DecisionRecord(String id, String query, Outcome decision, BigDecimal amount, boolean amountUpTo,
                          String currency, String justification, double confidence, List<Citation> citations,
                          ClaimFacts facts, List<String> conditions, String decidedBy, DecisionVersions versions,
                          List<String> documentHashes, List<AuditStep> auditTrail, Instant createdAt, String analyst,
                          DecisionOverride override, String supersedes, List<DecisionNote> notes) {
        this(id, query, decision, amount, amountUpTo, currency, justification, confidence, citations, facts,
                conditions, decidedBy, versions, documentHashes, auditTrail, createdAt, analyst, override, supersedes,
                notes, List.of(), null);
    }

    /** The same record with these notes. */
    public DecisionRecord withNotes(List<DecisionNote> newNotes) {
        return new DecisionRecord(id, query, decision, amount, amountUpTo, currency, justification, confidence,
                citations, facts, conditions, decidedBy, versions, documentHashes, auditTrail, createdAt, analyst,
                override, supersedes, newNotes, passages, caseId);
    }
}
