package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListNumbersTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "decimal              | 0:decimal:%1.;0:decimal:%1.;0:decimal:%1.          | 1. 2. 3.",
        "nested letters reset | 0:decimal:%1.;1:lowerLetter:%2);1:lowerLetter:%2);0:decimal:%1.;1:lowerLetter:%2) | 1. a) b) 2. a)",
        "outline numbers      | 0:decimal:%1.;1:decimal:%1.%2;1:decimal:%1.%2        | 1. 1.1 1.2",
        "roman and capitals   | 0:upperRoman:%1.;0:upperRoman:%1.;1:upperLetter:(%2)  | I. II. (A)",
        "bullets              | 0:bullet:x;0:bullet:x                              | • •",
        "no number            | 0:none:%1                                         | ''"})
    void writesTheNumbersWordShows(String label, String paragraphs, String markers) {
        ListNumbers numbers = new ListNumbers();
        List<String> written = new ArrayList<>();
        for (String p : paragraphs.split(";")) {
            String[] f = p.split(":");
            written.add(numbers.next(BigInteger.ONE, Integer.parseInt(f[0]), f[1], f[2]));
        }
        assertThat(String.join(" ", written).strip()).isEqualTo(markers);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"lowerLetter, 27, aa", "upperRoman, 14, XIV", "lowerRoman, 9, ix", "decimal, 12, 12"})
    void formatsValues(String format, int value, String text) {
        assertThat(ListNumbers.format(value, format)).isEqualTo(text);
    }
}
