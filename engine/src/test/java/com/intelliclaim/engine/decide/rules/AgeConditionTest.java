package com.intelliclaim.engine.decide.rules;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

class AgeConditionTest {

    static Stream<Arguments> bands() {
        return Stream.of(
                Arguments.of("insured persons aged 60 years or more: up to rs 20,000", 60, null, false),
                Arguments.of("20% co-payment for insured aged 61 and above", 61, null, false),
                Arguments.of("for persons with age of entry above 60 years", 61, null, true),
                Arguments.of("co-payment of 5% on all claims for insured person aged less than equal to 75 years on"
                        + " policy inception", null, 75, true),
                Arguments.of("co-payment of 15% on all claims for insured person aged greater than 75 years", 76, null, false),
                Arguments.of("5% co-pay on all claims for age less than equal to 75 years", null, 75, false),
                Arguments.of("children aged below 18", null, 17, false),
                Arguments.of("members aged between 18 and 45 years", 18, 45, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bands")
    void readsAgeBands(String text, Integer min, Integer max, boolean atEntry) {
        assertThat(AgeCondition.in(text)).contains(new AgeCondition(min, max, atEntry));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noBand")
    void findsNoBandWhereThereIsNone(String text) {
        assertThat(AgeCondition.in(text)).isEmpty();
    }

    static Stream<String> noBand() {
        return Stream.of("co-payment of 10% on the admissible claim amount", "up to rs 5,000 per day",
                "covered after 24 months");
    }
}
