package com.intelliclaim.engine.decide.rules;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseDurationsTest {

    static Stream<Arguments> phrasings() {
        return Stream.of(
                Arguments.of("within thirty days from the first policy commencement", 30, WaitingTime.Unit.DAYS, 1.0),
                Arguments.of("subject to Waiting Period of two (02) years", 2, WaitingTime.Unit.YEARS, 24.0),
                Arguments.of("cataract: 24 months", 24, WaitingTime.Unit.MONTHS, 24.0),
                Arguments.of("expiry of thirty six (36) months of continuous coverage", 36, WaitingTime.Unit.MONTHS, 36.0),
                Arguments.of("expiry of 36 (thirty six) months", 36, WaitingTime.Unit.MONTHS, 36.0),
                Arguments.of("a Waiting Period of twenty-four (24) months", 24, WaitingTime.Unit.MONTHS, 24.0),
                Arguments.of("i. 90 Days Waiting Period (Life style conditions)", 90, WaitingTime.Unit.DAYS, 3.0),
                Arguments.of("Table B. Four years waiting period", 4, WaitingTime.Unit.YEARS, 48.0),
                Arguments.of("covered after one year", 1, WaitingTime.Unit.YEARS, 12.0),
                Arguments.of("a 3-month waiting period", 3, WaitingTime.Unit.MONTHS, 3.0),
                Arguments.of("forty eight months", 48, WaitingTime.Unit.MONTHS, 48.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("phrasings")
    void readsDurationsInWordsAndDigits(String text, int amount, WaitingTime.Unit unit, double months) {
        WaitingTime time = ClauseDurations.all(text).get(0).time();
        assertThat(time).isEqualTo(new WaitingTime(amount, unit));
        assertThat(time.months()).isEqualTo(months);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("nothing")
    void findsNoDurationWhereThereIsNone(String text) {
        assertThat(ClauseDurations.all(text)).isEmpty();
    }

    static Stream<String> nothing() {
        return Stream.of("Cosmetic treatment.", "up to Rs 5,000", "the many years of experience", "no time at all");
    }
}
