package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import java.util.List;

/** Finds the passages that answer a request. Thread-safe. */
public interface Retriever {
    /** At most {@code request.k()} hits, best first, each with provenance and score. */
    List<SearchHit> retrieve(SearchRequest request);
}
