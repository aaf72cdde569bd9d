package com.intelliclaim.engine.retrieve;

import com.intelliclaim.engine.index.ScoredChunk;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RankFusionTest {
    private static List<ScoredChunk> ranking(long... ids) {
        return java.util.Arrays.stream(ids).mapToObj(id -> new ScoredChunk(id, 1.0)).toList();
    }

    @Test
    void aChunkInBothListsBeatsOneInEither() {
        Map<Long, Double> fused = RankFusion.fuse(List.of(ranking(1, 2, 3), ranking(3, 4, 5)), new double[] {1, 1}, 60);
        assertThat(fused.get(3L)).isGreaterThan(fused.get(1L)).isGreaterThan(fused.get(4L));
        assertThat(fused).containsOnlyKeys(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void scoresFollowTheFormula() {
        Map<Long, Double> fused = RankFusion.fuse(List.of(ranking(7, 8), ranking(8)), new double[] {2, 0.5}, 10);
        assertThat(fused.get(7L)).isEqualTo(2 / 11.0);
        assertThat(fused.get(8L)).isEqualTo(2 / 12.0 + 0.5 / 11.0);
    }

    @Test
    void weightsMustMatchRankings() {
        assertThatThrownBy(() -> RankFusion.fuse(List.of(ranking(1)), new double[] {1, 1}, 60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
