package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LengthBatchesTest {
    static Stream<Arguments> plans() {
        return Stream.of(
                Arguments.of(new int[] {}, 2, "[]"),
                Arguments.of(new int[] {5}, 2, "[[0]]"),
                Arguments.of(new int[] {30, 4, 200, 5, 31}, 2, "[[1, 3], [0, 4], [2]]"),
                Arguments.of(new int[] {7, 7, 7}, 2, "[[0, 1], [2]]"),
                Arguments.of(new int[] {9, 1, 8}, 16, "[[1, 2, 0]]"));
    }

    @ParameterizedTest(name = "{0} in batches of {1}")
    @MethodSource("plans")
    void groupsSimilarLengthsAndKeepsEveryPositionOnce(int[] lengths, int batchSize, String expected) {
        List<int[]> plan = LengthBatches.plan(lengths, batchSize);
        assertThat(plan.stream().map(java.util.Arrays::toString).collect(Collectors.joining(", ", "[", "]")))
                .isEqualTo(expected);
    }
}
