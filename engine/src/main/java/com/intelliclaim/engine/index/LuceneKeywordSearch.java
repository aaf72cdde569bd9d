package com.intelliclaim.engine.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;

/** Runs a built text query under a document filter on the current searcher and maps hits to chunk ids. */
final class LuceneKeywordSearch {
    private static final Set<String> CHUNK_ID_ONLY = Set.of(LuceneFields.CHUNK_ID);

    private final SearcherManager searchers;

    LuceneKeywordSearch(SearcherManager searchers) {
        this.searchers = searchers;
    }

    List<ScoredChunk> run(Query textQuery, int k, DocumentFilter filter) throws IOException {
        if (!filter.isAll() && filter.documentIds().isEmpty()) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs top = searcher.search(filtered(textQuery, filter), k);
            StoredFields stored = searcher.storedFields();
            List<ScoredChunk> hits = new ArrayList<>(top.scoreDocs.length);
            for (ScoreDoc hit : top.scoreDocs) {
                long chunkId = stored.document(hit.doc, CHUNK_ID_ONLY).getField(LuceneFields.CHUNK_ID)
                        .numericValue().longValue();
                hits.add(new ScoredChunk(chunkId, hit.score));
            }
            return hits;
        } finally {
            searchers.release(searcher);
        }
    }

    private static Query filtered(Query textQuery, DocumentFilter filter) {
        if (filter.isAll()) {
            return textQuery;
        }
        long[] ids = filter.documentIds().stream().mapToLong(Long::longValue).toArray();
        return new BooleanQuery.Builder()
                .add(textQuery, BooleanClause.Occur.MUST)
                .add(LuceneDocuments.ofDocuments(ids), BooleanClause.Occur.FILTER)
                .build();
    }
}
