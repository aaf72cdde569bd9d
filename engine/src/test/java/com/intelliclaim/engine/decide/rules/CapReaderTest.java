package com.intelliclaim.engine.decide.rules;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits as Indian wordings write them, and what they come to for a sum insured. */
class CapReaderTest {

    static Stream<Arguments> limits() {
        return Stream.of(
                Arguments.of("2.1 Minor procedures: up to Rs 5,000.", null, Cap.Per.CLAIM, "5000", "2.1 Minor procedures:"),
                Arguments.of("Cataract Treatment: subject to a limit of 25% of Sum Insured or INR 40,000 per eye, whichever"
                        + " is lower", "300000", Cap.Per.EYE, "40000", "Cataract Treatment: subject to a"),
                Arguments.of("Cataract Treatment: subject to a limit of 25% of Sum Insured or INR 40,000 per eye, whichever"
                        + " is lower", "100000", Cap.Per.EYE, "25000", "Cataract Treatment: subject to a"),
                Arguments.of("Cataract surgeries will be restricted to 10% of Sum Insured subject to maximum of Rs. 50,000/-"
                        + " per eye.", "300000", Cap.Per.EYE, "30000", "Cataract surgeries will be"),
                Arguments.of("Room Rent, Boarding, Nursing Expenses up to 2% of the sum insured subject to maximum of"
                        + " Rs. 5,000/-per day", "500000", Cap.Per.DAY, "5000", "Room Rent, Boarding, Nursing Expenses"),
                Arguments.of("Room rent upto 1% of SI per day", "300000", Cap.Per.DAY, "3000", "Room rent"),
                Arguments.of("Organ donor expenses up to \u20B9 1 lakh", null, Cap.Per.CLAIM, "100000", "Organ donor expenses"),
                Arguments.of("Anti rabies vaccination up to INR 50k", null, Cap.Per.CLAIM, "50000", "Anti rabies vaccination"),
                Arguments.of("Mental illness covered upto 25% of Sum Insured subject to a maximum of Rs. 3,00,000 per policy"
                        + " year", "2000000", Cap.Per.YEAR, "300000", "Mental illness covered"),
                Arguments.of("Hospital cash limited to Rs. 2 Lacs per policy period", null, Cap.Per.YEAR, "200000",
                        "Hospital cash"),
                Arguments.of("Insured persons aged 60 years or more: up to Rs 20,000 for any covered procedure.", null,
                        Cap.Per.CLAIM, "20000", "Insured persons aged 60 years or more:"));
    }

    @ParameterizedTest(name = "{0} (SI {1})")
    @MethodSource("limits")
    void readsTheLimitItsBasisAndItsSubject(String text, String sumInsured, Cap.Per per, String amount, String subject) {
        CapReader.Found found = CapReader.read(text).get(0);
        BigDecimal si = sumInsured == null ? null : new BigDecimal(sumInsured);

        assertThat(found.cap().per()).isEqualTo(per);
        assertThat(found.cap().amount(si)).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(amount));
        assertThat(found.subject()).isEqualTo(subject);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shareOnly")
    void aShareOfAnUnknownSumInsuredHasNoAmount(String text) {
        Cap cap = CapReader.read(text).get(0).cap();
        assertThat(cap.amount(null)).isEmpty();
        assertThat(cap.needsSumInsured(null)).isTrue();
        assertThat(cap.amount(new BigDecimal("500000"))).isPresent();
    }

    static Stream<String> shareOnly() {
        return Stream.of("Cataract: up to 10% of the sum insured per eye.",
                "Modern treatments up to 50% of the Sum Insured",
                "Room charges up to 1% of SI or Rs 5,000, whichever is higher");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("noLimit")
    void findsNoLimitInWordsWithoutOne(String text) {
        assertThat(CapReader.read(text)).isEmpty();
    }

    static Stream<String> noLimit() {
        return Stream.of("covered up to the Sum Insured", "KYC where claim liability is above Rs. 1 Lakh",
                "3.1 Cosmetic treatment.", "Policy Period | 1 years");
    }
}
