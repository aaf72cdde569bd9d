package com.intelliclaim.app.eval;

import java.util.List;

/** A retrieval pipeline under evaluation. */
@FunctionalInterface
public interface QuestionSearcher {
    /**
     * The top {@code k} passages for a question, best first; limited to document {@code documentSha256} when it is
     * not null.
     */
    List<PageHit> search(String question, String documentSha256, int k);
}
