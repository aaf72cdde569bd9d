package com.intelliclaim.engine.decide;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class NumberWordsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            policy six months old                | policy 6 months old
            forty-six year old man               | 46 year old man
            forty six year old man               | 46 year old man
            twenty years and three months        | 20 years and 3 months
            a year-old policy, an year ago       | 1 year-old policy, 1 year ago
            stayed a week                        | stayed 1 week
            a day care procedure                 | a day care procedure
            someone gone, tone of ninety         | someone gone, tone of 90
            nineteen                             | 19
            """)
    void writesNumberWordsAsDigits(String text, String expected) {
        assertThat(NumberWords.toDigits(text)).isEqualTo(expected);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            24            | 24
            twenty-four   | 24
            Thirty Six    | 36
            six           | 6
            ninety        | 90
            twelve months | -
            lakh          | -
            """)
    void readsOneNumberInDigitsOrWords(String text, Integer value) {
        org.assertj.core.api.Assertions.assertThat(NumberWords.value(text)).isEqualTo(value);
    }
}
