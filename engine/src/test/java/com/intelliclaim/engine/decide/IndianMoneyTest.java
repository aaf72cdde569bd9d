package com.intelliclaim.engine.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IndianMoneyTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2,00,000 | -        | 200000
            1.5      | crore    | 15000000
            5        | lakh     | 500000
            2        | Lacs     | 200000
            3        | L        | 300000
            50       | k        | 50000
            12       | thousand | 12000
            5        | M        | 5000000
            40,000   | -        | 40000
            """)
    void readsAWrittenNumberWithItsScale(String number, String scale, String value) {
        assertThat(IndianMoney.scaled(number, scale)).isEqualTo(new BigDecimal(value));
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            500       | INR | 500
            5000      | INR | 5,000
            150000    | INR | 1,50,000
            12500000  | -   | 1,25,00,000
            38000.00  | INR | 38,000
            200000.5  | INR | 2,00,000.50
            1500000   | USD | 1,500,000
            """)
    void groupsDigitsAsTheCurrencyIsWritten(String amount, String currency, String written) {
        assertThat(IndianMoney.grouped(new BigDecimal(amount), currency)).isEqualTo(written);
    }
}
