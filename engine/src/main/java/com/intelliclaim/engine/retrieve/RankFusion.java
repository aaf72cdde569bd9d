package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.index.ScoredChunk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Weighted reciprocal rank fusion: each list adds {@code weight / (k + rank)} (rank from 1) to a chunk's score. */
public final class RankFusion {
    /** The usual RRF constant: damps the difference between the first few ranks. */
    public static final int DEFAULT_K = 60;

    private RankFusion() {
    }

    /** Fuses ranked lists (best first) with one weight per list; returns chunk id to fused score. */
    public static Map<Long, Double> fuse(List<List<ScoredChunk>> rankings, double[] weights, int k) {
        if (rankings.size() != weights.length) {
            throw new IllegalArgumentException(rankings.size() + " rankings but " + weights.length + " weights");
        }
        Map<Long, Double> scores = new HashMap<>();
        for (int list = 0; list < rankings.size(); list++) {
            List<ScoredChunk> ranking = rankings.get(list);
            for (int rank = 0; rank < ranking.size(); rank++) {
                scores.merge(ranking.get(rank).chunkId(), weights[list] / (k + rank + 1.0), Double::sum);
            }
        }
        return scores;
    }
}
