package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.api.SearchRequest;
import com.intelliclaim.engine.embed.Embedder;
import com.intelliclaim.engine.index.DocumentFilter;
import com.intelliclaim.engine.index.ScoredChunk;
import com.intelliclaim.engine.index.SearchIndexes;
import com.intelliclaim.engine.store.DocumentStore;
import com.intelliclaim.engine.store.StoredChunk;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Hybrid retrieval: the query's embedding against the vector index and its words against the BM25 index, fused by
 * weighted reciprocal rank, then passages of the clause families the question names get a boost. Thread-safe: the
 * query is embedded first, then both indexes and the store are read inside {@link SearchIndexes#reading}, so a search
 * that runs while a document is ingested or removed sees the documents before or after the change, never a mix.
 */
public final class HybridRetriever implements Retriever {
    private final Supplier<Embedder> embedder;
    private final SearchIndexes indexes;
    private final DocumentStore store;
    private final RetrievalTuning tuning;
    private final Executor keywordLane;

    /**
     * @param keywordLane runs the BM25 search while the calling thread embeds the query and scans the vectors (the
     *                    two take similar time, so a query costs about the longer of them, not their sum)
     */
    public HybridRetriever(Supplier<Embedder> embedder, SearchIndexes indexes, DocumentStore store,
                           RetrievalTuning tuning, Executor keywordLane) {
        this.embedder = embedder;
        this.indexes = indexes;
        this.store = store;
        this.tuning = tuning;
        this.keywordLane = keywordLane;
    }

    private List<Ranked> rank(SearchRequest request) {
        float[] query = embedder.get().embedQuery(request.query());
        Candidates found = indexes.reading(() -> {
            DocumentFilter filter = DocumentSelector.resolve(store, request);
            int candidates = Math.max(tuning.candidates(), request.k() * 3);
            CompletableFuture<List<ScoredChunk>> keywordSearch = CompletableFuture.supplyAsync(
                    () -> indexes.keywords().search(request.query(), candidates, filter), keywordLane);
            List<ScoredChunk> byVector = indexes.vectors().search(query, candidates, filter);
            List<ScoredChunk> byKeyword = join(keywordSearch);
            Map<Long, Double> fused = RankFusion.fuse(List.of(byVector, byKeyword),
                    new double[] {tuning.vectorWeight(), tuning.keywordWeight()}, tuning.rrfK());
            return new Candidates(fused, store.chunks(fused.keySet()));
        });
        Map<Long, Double> fused = found.fused();
        Map<Long, StoredChunk> chunks = found.chunks();
        List<ClauseFamily> families = ClauseFamily.namedIn(request.query());
        double familyBoost = tuning.familyBoost() / (tuning.rrfK() + 1.0);
        List<Ranked> ranked = new ArrayList<>(chunks.size());
        for (StoredChunk chunk : chunks.values()) {
            double score = fused.get(chunk.id());
            for (ClauseFamily family : families) {
                if (family.marks(chunk.heading(), chunk.text())) {
                    score += familyBoost;
                }
            }
            ranked.add(new Ranked(chunk, score));
        }
        ranked.sort(Comparator.comparingDouble(Ranked::score).reversed()
                .thenComparing(r -> chunkId(r.chunk())));
        return dedupe(ranked, request.k());
    }

    @Override
    public List<SearchHit> retrieve(SearchRequest request) {
        return rank(request).stream().map(r -> hit(r.chunk(), r.score())).toList();
    }

    /**
     * The hits of {@link #retrieve}, each followed by the passage just before it in its document — a list item's
     * header ("the following have a waiting period of 24 months:") or the start of the clause it continues — and, when
     * the hit continues a list whose header is further back (up to {@link ListHeads#REACH} passages), by that header;
     * both scored just below the hit. A passage already present is not repeated. Adjudication reads these: on our
     * policy scenarios the passage before took the rules from 18 of 24 decided right to 21, the list headers from 22
     * to 23.
     */
    public List<SearchHit> retrieveWithLeadIns(SearchRequest request) {
        List<Ranked> ranked = rank(request);
        Set<Long> earlierIds = new HashSet<>();
        for (Ranked r : ranked) {
            for (int back = 1; back <= Math.min(r.chunk().ordinal(), ListHeads.REACH + 1); back++) {
                earlierIds.add(r.chunk().id() - back);
            }
        }
        Map<Long, StoredChunk> earlier = store.chunks(earlierIds);
        Set<Long> seen = new HashSet<>();
        ranked.forEach(r -> seen.add(r.chunk().id()));
        List<SearchHit> hits = new ArrayList<>(ranked.size() * 3);
        for (Ranked r : ranked) {
            hits.add(hit(r.chunk(), r.score()));
            StoredChunk before = earlier.get(r.chunk().id() - 1);
            double below = Math.nextDown(r.score());
            if (before != null && before.documentId() == r.chunk().documentId()
                    && before.ordinal() == r.chunk().ordinal() - 1 && seen.add(before.id())) {
                hits.add(hit(before, below));
            }
            StoredChunk header = ListHeads.headerOf(r.chunk(), earlier);
            if (header != null && seen.add(header.id())) {
                hits.add(hit(header, Math.nextDown(below)));
            }
        }
        return List.copyOf(hits);
    }

    private record Ranked(StoredChunk chunk, double score) {
    }

    /** The fused scores of one search and the stored chunks they name, read against one set of documents. */
    private record Candidates(Map<Long, Double> fused, Map<Long, StoredChunk> chunks) {
    }

    private static List<ScoredChunk> join(CompletableFuture<List<ScoredChunk>> search) {
        try {
            return search.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    /** Overlapping pieces of one split clause say the same thing: keep the best of identical texts. */
    private static List<Ranked> dedupe(List<Ranked> sorted, int k) {
        Set<String> seen = new HashSet<>();
        List<Ranked> kept = new ArrayList<>(k);
        for (Ranked r : sorted) {
            if (kept.size() < k && seen.add(r.chunk().documentSha256() + '\u0000' + r.chunk().text())) {
                kept.add(r);
            }
        }
        return kept;
    }

    /** A chunk id stable across machines: the document's hash prefix and the chunk's ordinal in it. */
    public static String chunkId(StoredChunk chunk) {
        return chunk.documentSha256().substring(0, 16) + "-" + chunk.ordinal();
    }

    static SearchHit hit(StoredChunk chunk, double score) {
        return new SearchHit(chunkId(chunk), chunk.documentSha256(), chunk.documentName(), chunk.page(),
                chunk.pageEnd(), chunk.clause(), chunk.heading(), chunk.text(), score);
    }
}
