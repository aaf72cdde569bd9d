package com.intelliclaim.engine.decide;

import com.intelliclaim.engine.api.AskRequest;
import com.intelliclaim.engine.api.AuditStep;
import com.intelliclaim.engine.api.CaseDocument;
import com.intelliclaim.engine.api.CaseNotFoundException;
import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.ClaimCase;
import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.DecisionRecord;
import com.intelliclaim.engine.api.DecisionVersions;
import com.intelliclaim.engine.api.InvalidQueryException;
import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.decide.rules.ProcedureMatcher;
import com.intelliclaim.engine.retrieve.Retriever;
import com.intelliclaim.engine.store.Amounts;
import com.intelliclaim.engine.store.CaseStore;
import com.intelliclaim.engine.store.DecisionStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Answers a claim question with a stored decision record: reads the facts (or takes the analyst's corrected ones),
 * retrieves the passages, lets the adjudicator decide, records the versions, the documents read and the real steps
 * with their durations, and appends the record to the history. Thread-safe when its parts are.
 */
public final class DecisionMaker {
    /**
     * What decisions are made with.
     *
     * @param facts        reads the facts of a question
     * @param retriever    finds the passages
     * @param adjudicators the adjudicator for a request's LLM settings (null settings: the rules adjudicator)
     * @param store        the decision history
     * @param cases        the claim cases a question may be asked in
     * @param procedures   names the treatment family of the claimed procedure as policies word it, which the search
     *                     adds to the question
     */
    public record Parts(FactExtractor facts, Retriever retriever, Function<LlmSettings, Adjudicator> adjudicators,
                        DecisionStore store, CaseStore cases, ProcedureMatcher procedures) {
    }

    /** Longest analyst name kept, in characters. */
    public static final int MAX_ANALYST = 255;

    private final Parts parts;
    private final String engineVersion;
    private final String embeddingModel;

    public DecisionMaker(Parts parts, String engineVersion, String embeddingModel) {
        this.parts = parts;
        this.engineVersion = engineVersion;
        this.embeddingModel = embeddingModel;
    }

    /**
     * Decides and stores. The audit trail holds "facts", "retrieve", the adjudicator's own steps, then "store"
     * (which times putting the record together; the commit that follows cannot be timed inside the record it writes).
     */
    public DecisionRecord ask(AskRequest request) {
        if (request.analyst().length() > MAX_ANALYST) {
            throw new InvalidQueryException("The analyst's name is " + request.analyst().length()
                    + " characters long; the limit is " + MAX_ANALYST + ".");
        }
        Instant createdAt = Instant.now();
        LocalDate today = LocalDate.now();
        List<AuditStep> trail = new ArrayList<>();

        long start = System.nanoTime();
        ClaimFacts facts = request.facts() != null ? request.facts() : parts.facts().extract(request.query(), today);
        trail.add(new AuditStep("facts", (request.facts() != null ? "given by the analyst: " : "read from the question: ")
                + StatedFacts.describe(facts), millisSince(start)));

        start = System.nanoTime();
        ClaimCase claimCase = request.caseId() == null ? null : parts.cases().find(request.caseId())
                .orElseThrow(() -> new CaseNotFoundException(request.caseId()));
        List<String> familyNames = familyNamesToSearch(request.query(), facts);
        String searchText = familyNames.isEmpty() ? request.query() : withFamilyNames(request.query(), familyNames);
        List<SearchHit> hits = parts.retriever().retrieve(new SearchRequest(searchText, request.passages(),
                request.document(), claimCase == null ? null : caseDocuments(claimCase)));
        List<String> documentHashes = hits.stream().map(SearchHit::documentSha256).distinct().toList();
        String scope = request.document() == null ? null : "'" + request.document() + "'";
        if (claimCase != null) {
            scope = (scope == null ? "" : scope + " of ") + "case " + claimCase.claimNumber();
        }
        String also = familyNames.isEmpty() ? "" : " (the question and " + familyNames.stream()
                .map(n -> "'" + n + "'").collect(Collectors.joining(", ")) + ", as policies name "
                + facts.procedure() + ")";
        trail.add(new AuditStep("retrieve", describe(hits, documentHashes.size(), scope) + also,
                millisSince(start)));

        Adjudication adjudication = parts.adjudicators().apply(request.llm())
                .adjudicate(new ClaimContext(request.query(), facts, hits, today));
        requireRetrieved(adjudication.citations(), hits);
        trail.addAll(adjudication.auditTrail());

        start = System.nanoTime();
        String id = UUID.randomUUID().toString();
        DecisionVersions versions = new DecisionVersions(engineVersion, embeddingModel, adjudication.rulesVersion(),
                adjudication.promptVersion());
        trail.add(new AuditStep("store", "saved as decision " + id, millisSince(start)));
        DecisionRecord record = new DecisionRecord(id, request.query(), adjudication.decision(),
                Amounts.canonical(adjudication.amount()), adjudication.amount() != null && adjudication.amountUpTo(),
                adjudication.currency(), adjudication.justification(), adjudication.confidence(),
                adjudication.citations(), facts, adjudication.conditions(), adjudication.decidedBy(), versions,
                documentHashes, trail, createdAt, request.analyst(), null, null, List.of(),
                hits.stream().map(Citation::of).toList(), claimCase == null ? null : claimCase.id());
        parts.store().append(record);
        return record;
    }

    /** The SHA-256s of the case's indexed documents; a case with none cannot be asked in. */
    private Set<String> caseDocuments(ClaimCase claimCase) {
        List<CaseDocument> attached = parts.cases().documents(claimCase.id());
        if (attached.isEmpty()) {
            throw new InvalidQueryException("Case " + claimCase.claimNumber() + " has no documents yet; attach the"
                    + " policy wording and the claim's documents to it, then ask.");
        }
        Set<String> indexed = attached.stream().filter(CaseDocument::indexed).map(CaseDocument::sha256)
                .collect(Collectors.toSet());
        if (indexed.isEmpty()) {
            throw new InvalidQueryException("None of the documents of case " + claimCase.claimNumber()
                    + " is indexed now; index them again (the case remembers them) or attach others.");
        }
        return indexed;
    }

    /**
     * The names policies give the claimed procedure's treatment family that the question does not use: waiting-period
     * and exclusion lists say "joint replacement", not "knee replacement", and a search for the question alone misses
     * them. None when the question with them would pass the length limit: such a question is searched as it is.
     */
    private List<String> familyNamesToSearch(String question, ClaimFacts facts) {
        String lower = question.toLowerCase(Locale.ROOT);
        List<String> names = parts.procedures().familyNames(facts.procedure()).stream()
                .filter(name -> !lower.contains(name)).toList();
        return names.isEmpty() || withFamilyNames(question, names).length() > SearchRequest.MAX_QUERY_CHARS
                ? List.of() : names;
    }

    private static String withFamilyNames(String question, List<String> names) {
        return question + "\n" + String.join(", ", names);
    }

    private static String describe(List<SearchHit> hits, int documents, String scope) {
        String within = scope == null ? "" : " within " + scope;
        if (hits.isEmpty()) {
            return "no passages found" + within;
        }
        SearchHit top = hits.get(0);
        return hits.size() + " passages from " + documents + (documents == 1 ? " document" : " documents") + within
                + "; best: " + top.documentName() + " p. " + top.page()
                + (top.clause() == null ? "" : " clause " + top.clause());
    }

    /** The adjudicator's contract, checked: a citation that was not retrieved would be evidence nobody read. */
    private static void requireRetrieved(List<Citation> citations, List<SearchHit> hits) {
        Set<String> retrieved = hits.stream().map(SearchHit::chunkId).collect(Collectors.toSet());
        for (Citation citation : citations) {
            if (!retrieved.contains(citation.chunkId())) {
                throw new IllegalStateException("The adjudicator cited passage " + citation.chunkId()
                        + ", which was not retrieved.");
            }
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
