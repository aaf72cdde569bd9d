package com.intelliclaim.engine.api;

/**
 * A passage a decision rests on: the same provenance as a {@link SearchHit}, with {@code text} the exact words relied
 * on (the whole chunk, or the sentence of it that decided).
 */
public record Citation(
        String chunkId,
        String documentSha256,
        String documentName,
        int page,
        int pageEnd,
        String clause,
        String heading,
        String text,
        double score) {

    /** Cites a whole retrieved passage. */
    public static Citation of(SearchHit hit) {
        return of(hit, hit.text());
    }

    /** Cites the given exact words of a retrieved passage. */
    public static Citation of(SearchHit hit, String exactText) {
        return new Citation(hit.chunkId(), hit.documentSha256(), hit.documentName(), hit.page(), hit.pageEnd(),
                hit.clause(), hit.heading(), exactText, hit.score());
    }
}
