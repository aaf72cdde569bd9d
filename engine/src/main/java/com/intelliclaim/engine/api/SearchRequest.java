package com.intelliclaim.engine.api;

import java.util.Objects;
import java.util.Set;

/**
 * An immutable search: the query text, how many hits to return, and an optional document filter (a file name, meaning
 * its latest version, or a sha256 prefix of at least 6 hex digits).
 *
 * @param within the SHA-256s of the documents the search is limited to (a claim case's documents), or null for every
 *               document; a {@code document} must then be one of them
 */
public record SearchRequest(String query, int k, String document, Set<String> within) {
    /** Longest query accepted, in characters; a claim question is a few hundred. */
    public static final int MAX_QUERY_CHARS = 4_000;
    public static final int MAX_K = 200;

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        if (query.isBlank()) {
            throw new InvalidQueryException("The question is empty: type a claim question or keywords to search for.");
        }
        if (query.length() > MAX_QUERY_CHARS) {
            throw new InvalidQueryException("The question is " + query.length() + " characters long; the limit is "
                    + MAX_QUERY_CHARS + ". Shorten it to the claim's facts and what you want to know.");
        }
        if (k < 1 || k > MAX_K) {
            throw new InvalidQueryException("The number of results must be between 1 and " + MAX_K + ", not " + k + ".");
        }
        if (document != null && document.isBlank()) {
            document = null;
        }
        within = within == null ? null : Set.copyOf(within);
    }

    public SearchRequest(String query, int k, String document) {
        this(query, k, document, null);
    }

    public static SearchRequest of(String query, int k) {
        return new SearchRequest(query, k, null);
    }
}
