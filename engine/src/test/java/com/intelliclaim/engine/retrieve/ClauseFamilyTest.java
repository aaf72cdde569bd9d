package com.intelliclaim.engine.retrieve;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ClauseFamilyTest {
    @ParameterizedTest(name = "{0} names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            What is the waiting period for pre-existing diseases (PED) to be covered? | WAITING_PERIOD
            What is the waiting period for pre-existing diseases (PED) to be covered? | PRE_EXISTING
            Does this policy cover maternity expenses, and what are the conditions?   | MATERNITY
            What is the waiting period for cataract surgery?                          | CATARACT
            Are the medical expenses for an organ donor covered under this policy?    | ORGAN_DONOR
            What is the No Claim Discount (NCD) offered in this policy?               | NO_CLAIM_BONUS
            Is there a benefit for preventive health check-ups?                       | HEALTH_CHECKUP
            What is the extent of coverage for AYUSH treatments?                      | AYUSH
            Are there any sub-limits on room rent and ICU charges for Plan A?         | ROOM_RENT
            What is the grace period for premium payment?                             | GRACE_PERIOD
            Is there a co-payment for insured persons above 60?                       | CO_PAYMENT
            How does the policy define a 'Hospital'?                                  | HOSPITAL_DEFINITION
            Is road ambulance covered?                                                | AMBULANCE
            Which treatments are excluded?                                            | EXCLUSION
            """)
    void questionsNameTheirFamilies(String question, ClauseFamily family) {
        assertThat(ClauseFamily.namedIn(question)).contains(family);
    }

    @ParameterizedTest(name = "{0} names nothing")
    @CsvSource(delimiter = '|', textBlock = """
            46-year-old male, knee surgery in Pune
            What is the sum insured?
            """)
    void plainQuestionsNameNoFamily(String question) {
        assertThat(ClauseFamily.namedIn(question)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'Hospital means any institution established for in-patient care'          | HOSPITAL_DEFINITION | true
            'Expenses for cataract surgery up to 10% of the sum insured'              | CATARACT            | true
            'Room rent, boarding and nursing expenses up to 1% of sum insured per day' | ROOM_RENT           | true
            'The grace period for payment of premium is thirty days'                  | GRACE_PERIOD        | true
            'Expenses of ambulance services'                                          | CATARACT            | false
            """)
    void passagesAreMarkedByTheirText(String text, ClauseFamily family, boolean expected) {
        assertThat(family.marks(null, text)).isEqualTo(expected);
    }
}
