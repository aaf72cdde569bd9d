package com.intelliclaim.engine.api;

import java.util.Objects;

/**
 * A claim question to decide.
 *
 * @param query    the claim as the analyst wrote it
 * @param document a document name (its latest version) or SHA-256 prefix to restrict retrieval to, or null
 * @param facts    facts the analyst corrected ("decide again"), used instead of extracting them; null to extract
 * @param llm      the language model to draft the decision with, or null for the rules adjudicator
 * @param passages how many passages to retrieve (1..50)
 * @param analyst  who is asking
 * @param caseId   the claim case asked in (its id), or null: retrieval is then limited to the case's documents and
 *                 the decision belongs to the case
 */
public record AskRequest(String query, String document, ClaimFacts facts, LlmSettings llm, int passages, String analyst,
                         String caseId) {
    public static final int DEFAULT_PASSAGES = 8;

    public AskRequest {
        if (query == null || query.isBlank()) {
            throw new InvalidQueryException("The claim question is empty.");
        }
        if (query.length() > SearchRequest.MAX_QUERY_CHARS) {
            throw new InvalidQueryException("The claim question is " + query.length() + " characters long; the limit is "
                    + SearchRequest.MAX_QUERY_CHARS + ".");
        }
        if (passages < 1 || passages > 50) {
            throw new IllegalArgumentException("Passages must be between 1 and 50, not " + passages + ".");
        }
        analyst = analyst == null || analyst.isBlank() ? System.getProperty("user.name", "analyst") : analyst;
        caseId = caseId == null || caseId.isBlank() ? null : caseId.strip();
    }

    /** A question asked outside any case. */
    public AskRequest(String query, String document, ClaimFacts facts, LlmSettings llm, int passages, String analyst) {
        this(query, document, facts, llm, passages, analyst, null);
    }

    /** Asks with the defaults: the rules adjudicator, every document, extracted facts. */
    public static AskRequest of(String query) {
        return new AskRequest(query, null, null, null, DEFAULT_PASSAGES, null);
    }

    public AskRequest withLlm(LlmSettings settings) {
        return new AskRequest(query, document, facts, settings, passages, analyst, caseId);
    }

    public AskRequest withDocument(String name) {
        return new AskRequest(query, name, facts, llm, passages, analyst, caseId);
    }

    public AskRequest withFacts(ClaimFacts corrected) {
        return new AskRequest(query, document, Objects.requireNonNull(corrected, "facts"), llm, passages, analyst,
                caseId);
    }

    /** The same question asked within a case (its id; null for none). */
    public AskRequest withCase(String id) {
        return new AskRequest(query, document, facts, llm, passages, analyst, id);
    }
}
