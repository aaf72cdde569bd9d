package com.intelliclaim.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountTextTest {
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "0          | INR  | ₹0",
            "999        | INR  | ₹999",
            "5000       | INR  | ₹5,000",
            "20000      | INR  | ₹20,000",
            "200000     | INR  | ₹2,00,000",
            "1234567    | INR  | ₹12,34,567",
            "12345678.5 | INR  | ₹1,23,45,678.50",
            "2E+4       | INR  | ₹20,000",
            "5000       | null | ₹5,000",
            "1500       | USD  | USD 1,500",
            "1234567.25 | usd  | USD 1,234,567.25",
            "999.999    | INR  | ₹1,000",
            "-2500      | INR  | -₹2,500"})
    void moneyIsWrittenAsAnalystsWriteIt(String amount, String currency, String expected) {
        assertThat(AmountText.money(new BigDecimal(amount), currency)).isEqualTo(expected);
    }
}
