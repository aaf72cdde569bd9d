package com.intelliclaim.engine.decide.facts;

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
}
