package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DistinctTextsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'';               '';          '';      ''",
        "a;                a;           0;       0",
        "a,bb,a;           a,bb;        0,1,0;   1,0",
        "ccc,a,ccc,bb,a;   ccc,a,bb;    0,1,0,2,1; 0,2,1",
        "b,a,c;            b,a,c;       0,1,2;   0,1,2",
    })
    void keepsEachTextOnceAndRunsTheLongestFirst(String input, String distinct, String indexes, String order) {
        List<String> texts = split(input);
        DistinctTexts result = DistinctTexts.of(texts);
        assertThat(result.texts()).isEqualTo(split(distinct));
        assertThat(IntStream.range(0, texts.size()).map(result::indexOf).toArray()).isEqualTo(ints(indexes));
        assertThat(result.longestFirst()).isEqualTo(ints(order));
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : List.of(csv.split(","));
    }

    private static int[] ints(String csv) {
        return csv.isEmpty() ? new int[0] : Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }
}
