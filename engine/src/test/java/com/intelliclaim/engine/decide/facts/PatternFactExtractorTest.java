package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.api.Gender;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** One table a fact; an empty cell means the fact is not stated and must be read as null. */
class PatternFactExtractorTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private final PatternFactExtractor extractor = new PatternFactExtractor();

    private ClaimFacts facts(String query) {
        return extractor.extract(query, TODAY);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            46-year-old male, knee surgery in Pune                      | 46
            25M, dental treatment, Chennai                              | 25
            62 M, cataract                                              | 62
            46/F, hysterectomy                                          | 46
            patient aged 58, hernia repair                              | 58
            Female, 35 years, heart surgery                             | 35
            age 40, angioplasty                                         | 40
            a 7 year old boy with appendicitis                          | 7
            forty-six year old man, knee replacement                    | 46
            an 8-month-old baby with pneumonia                          | 0
            male, 40, hernia                                            | 40
            My father (68) underwent bypass surgery                     | 68
            Female patient 50, admitted to a network hospital           | 50
            Mr. Khan, 55, angioplasty, Dubai                            | 55
            The claimant is male and 38 years of age                    | 38
            He is 45. Policy 2 years.                                   | 45
            patient is 72, female, eye surgery                          | 72
            Hemant (M, 34), appendicitis                                | 34
            Age/Sex: 46/M                                               | 46
            DOB 12/05/1980, admitted on 10/05/2025                      | 44
            born on 1 January 1990                                      | 35
            diagnosed on 12/05/1980                                     |
            She is 29 yo, caesarean                                     | 29
            5-year-old policy, cataract surgery                         |
            3-month-old insurance policy, 46M                           | 46
            Rs 5M cover, knee surgery                                   |
            sum insured 5M INR, dialysis                                |
            policy age 2 years, 52-year-old woman                       | 52
            previous policy 2 years, knee surgery                       |
            hospitalised for 5 days, 3 years of continuous cover        |
            cataract surgery in Delhi                                   |
            husband, 3 children, knee surgery                           |
            knee surgery in Pune, 2 years                               |
            35 years, male, hernia                                      | 35
            wife, 1-year policy                                         |
            my policy is 1 year old, knee replacement                   |
            """)
    void readsTheAge(String query, Integer age) {
        assertThat(facts(query).age()).isEqualTo(age);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            46-year-old male, knee surgery                              | MALE
            Female, 35 years, heart surgery                             | FEMALE
            60-year-old woman, cataract surgery                         | FEMALE
            a 40 year old man with hernia                               | MALE
            25M, dental treatment                                       | MALE
            62 F, dialysis                                              | FEMALE
            my mother had a cataract operation                          | FEMALE
            claim for my son's appendectomy                             | MALE
            wife admitted for delivery                                  | FEMALE
            husband had a heart attack                                  | MALE
            a 7 year old girl with fracture                             | FEMALE
            Mr Rao, angioplasty                                         | MALE
            Mrs Iyer, knee replacement                                  | FEMALE
            Ms. Gupta, 44, IVF                                          | FEMALE
            patient is a female diabetic                                | FEMALE
            sex: F, age 30                                              | FEMALE
            Hemant (M, 34), appendicitis                                | MALE
            She is a 45-year-old housewife from Kochi                   | FEMALE
            the womens ward was full, knee surgery                      |
            father and daughter both injured in an accident             |
            knee surgery in Pune, 3-month-old policy                    |
            Rs 5M sum insured, knee surgery                             |
            """)
    void readsTheGender(String query, Gender gender) {
        assertThat(facts(query).gender()).isEqualTo(gender);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            46-year-old male, knee surgery in Pune                      | knee surgery
            total knee replacement                                      | knee replacement
            knee arthroplasty under spinal anaesthesia                  | knee replacement
            68-year-old man, knee replacement surgery, 30 months        | knee replacement
            knee joint replacement for degenerative arthritis           | knee replacement
            arthroscopy of the knee; knee arthroscopy                   | knee surgery
            right total hip replacement after a fall                    | hip replacement
            hip surgery                                                 | hip surgery
            25M, dental treatment, Chennai                              | dental treatment
            root canal treatment                                        | dental treatment
            cataract surgery, Delhi                                     | cataract surgery
            phacoemulsification with lens implant                       | cataract surgery
            heart surgery, Mumbai                                       | heart surgery
            CABG at Fortis                                              | heart surgery
            coronary artery bypass graft                                | heart surgery
            cardiac surgery after a heart attack                        | heart surgery
            angioplasty with two stents                                 | angioplasty
            acute appendicitis                                          | appendectomy
            inguinal hernia repair                                      | hernia surgery
            normal delivery at 38 weeks                                 | maternity
            C-section for twins                                         | caesarean delivery
            LSCS under the maternity cover                              | caesarean delivery
            weekly haemodialysis                                        | dialysis
            chemotherapy for breast cancer                              | cancer treatment
            ayurvedic panchakarma treatment                             | AYUSH treatment
            air ambulance from Leh                                      | air ambulance
            road ambulance charges                                      | ambulance
            kidney transplant, expenses of the organ donor              | organ transplant
            gastric bypass for obesity                                  | bariatric surgery
            cosmetic surgery on the nose                                | cosmetic surgery
            plastic surgery after burns                                 | cosmetic surgery
            IVF treatment                                               | infertility treatment
            psychiatric treatment for depression                        | psychiatric treatment
            road accident, fractured leg                                | accidental injury
            day care procedure                                          | day-care procedure
            laparoscopic cholecystectomy                                | gallbladder surgery
            operated for piles                                          | piles surgery
            hip replacement surgery                                     | hip replacement
            What is the grace period for premium payment?               |
            """)
    void readsTheProcedure(String query, String procedure) {
        assertThat(facts(query).procedure()).isEqualTo(procedure);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            46-year-old male, knee surgery in Pune                      | Pune
            25M, dental treatment, Chennai, new policy                  | Chennai
            treated in Bombay                                           | Mumbai
            surgery at a hospital in Bangalore                          | Bengaluru
            angioplasty in New Delhi                                    | New Delhi
            cataract surgery in Ranchi                                  | Ranchi
            hernia repair at Port Blair                                 | Port Blair
            treated in London while travelling                          | London
            admitted in March, knee surgery                             |
            admitted in Hospital for 3 days                             |
            surgery at Apollo Hospital                                  |
            knee surgery, 3-month-old policy                            |
            the breakdown of medical bills in Alex Jones' settlement    |
            """)
    void readsTheLocation(String query, String location) {
        assertThat(facts(query).location()).isEqualTo(location);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            knee surgery in Pune, 3-month-old insurance policy          | 3
            dental treatment, new policy                                | 0
            a fresh mediclaim policy                                    | 0
            cataract surgery, 5-year-old policy                         | 60
            heart surgery, 1-year policy                                | 12
            policy 14 months, hernia                                    | 14
            policy started 10 months ago                                | 10
            policy is six months old                                    | 6
            two year old health insurance policy                        | 24
            insured for 2 years and 3 months                            | 27
            policy 45 days old                                          | 1
            8 months into the policy                                    | 8
            policy since March 2025                                     | 3
            policy taken on 1 Jan 2025, admitted 15 Mar 2025            | 2
            policy inception 15/03/2024, admission date 20/03/2025      | 12
            policy start date 2025-01-20, DOA 2025-03-15                | 1
            policy commenced on March 15, 2024, admitted on June 1, 2025 | 14
            policy started on 1 Feb 2025                                | 4
            Angioplasty on day 40 of a new policy                       | 1
            cataract surgery 2 weeks after buying the policy            | 0
            Hernia operation 20 months after policy inception           | 20
            She delivered a baby on 3 March 2025, policy started 1 June 2024 | 9
            waiting period 2 years for cataract; my policy is 14 months old | 14
            policy purchased 2 years ago, ported after 3 years of cover | 24
            it is not a new policy                                      |
            ported from Star Health after 3 years                       |
            previous policy 2 years, knee surgery                       |
            what is the waiting period of 2 years for hernia?           |
            46-year-old male, knee surgery                              |
            """)
    void readsThePolicyAge(String query, Integer months) {
        assertThat(facts(query).policyAgeMonths()).isEqualTo(months);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2} {3}")
    @CsvSource(delimiter = '|', textBlock = """
            sum insured Rs 2,00,000, claim Rs. 50,000                   | 200000   | 50000  | INR
            SI ₹5 lakh, bill of Rs 1.2 lakh                             | 500000   | 120000 | INR
            a 5 lakhs cover, hospital bill 80,000 rupees                | 500000   | 80000  | INR
            sum insured 1.5 crore, claimed INR 50k                      | 15000000 | 50000  | INR
            claimed $12,500 for the surgery                             |          | 12500  | USD
            costing Rs 75,000 under my Rs 3 lakh policy                 | 300000   | 75000  | INR
            sum insured 500000, claimed 80000                           | 500000   | 80000  |
            Rs 50,000                                                   |          |        |
            46M, knee surgery, 5M INR                                   |          |        |
            the surgery cost 50000                                      |          | 50000  |
            policy 2 years old, 3 lakh                                  |          |        |
            Mr. Khan, 55, angioplasty, Dubai, $8,000                    |          |        |
            sum insured 3L, hospital bill 95,000                        | 300000   | 95000  | INR
            Patient: Ravi, SI: 10 lakh, Claim: 6.8 lakh                 | 1000000  | 680000 | INR
            insured 3 lakh; claim 50 thousand rupees                    | 300000   | 50000  | INR
            hospital charges 45,000                                     |          | 45000  |
            Rs 5,00,000 sum insured and $2,000 claimed                  |          | 2000   | USD
            """)
    void readsTheAmounts(String query, BigDecimal sumInsured, BigDecimal claimed, String currency) {
        ClaimFacts facts = facts(query);
        assertThat(facts.sumInsured()).isEqualTo(sumInsured == null ? null : sumInsured.setScale(0));
        assertThat(facts.amountClaimed()).isEqualTo(claimed == null ? null : claimed.setScale(0));
        assertThat(facts.currency()).isEqualTo(currency);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            hospitalised for 5 days                                     | 5
            a 3-day stay                                                | 3
            admitted for 2 nights                                       | 2
            stayed a week in hospital                                   | 7
            4 days in ICU after the bypass                              | 4
            length of stay: 6 days                                      | 6
            baby girl in NICU for 10 days                               | 10
            admitted 2 days after the accident                          |
            policy 45 days old                                          |
            day care procedure                                          |
            """)
    void readsTheDaysInHospital(String query, Integer days) {
        assertThat(facts(query).hospitalDays()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            treated at a network hospital                               | true
            cashless claim                                              | true
            in-network hospital in Pune                                 | true
            not a network hospital                                      | false
            non-network hospital                                        | false
            out of network                                              | false
            the hospital is not in the insurer's network                | false
            hospital outside the network                                | false
            hospitalised in Pune for 3 days; non-cashless               | false
            network: yes                                                | true
            surgery at Apollo                                           |
            Are air ambulance expenses reimbursed or cashless?          |
            knee surgery not covered at all?                            |
            """)
    void readsWhetherTheHospitalIsInTheNetwork(String query, Boolean network) {
        assertThat(facts(query).networkHospital()).isEqualTo(network);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ported from HDFC Ergo after 3 years                         | 36
            continuous cover for 24 months                              | 24
            previous policy 2 years                                     | 24
            18 months of prior coverage with another insurer            | 18
            4 years with the previous insurer, then ported              | 48
            migrated after 2 years and 6 months                         | 30
            ported 2 months ago                                         |
            previously admitted for 3 days                              |
            3-month-old policy                                          |
            """)
    void readsEarlierCover(String query, Integer months) {
        assertThat(facts(query).priorCoverMonths()).isEqualTo(months);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            pre-existing diabetes                                       | true
            known case of hypertension since 2019                       | true
            k/c/o asthma                                                | true
            diabetic since 2015                                         | true
            history of thyroid disease                                  | true
            pre-existing diabetes, is it covered?                       | true
            no pre-existing disease                                     | false
            no PED                                                      | false
            without any pre-existing illness                            | false
            no known comorbidities                                      | false
            pre-existing: no                                            | false
            PED: nil                                                    | false
            What is the waiting period for pre-existing diseases (PED) to be covered? |
            knee surgery, 3-month-old policy                            |
            """)
    void readsWhetherTheConditionIsPreExisting(String query, Boolean preExisting) {
        assertThat(facts(query).preExisting()).isEqualTo(preExisting);
    }

    @ParameterizedTest(name = "{0} -> {1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            policy taken on 1 Jan 2025, admitted 15 Mar 2025            | 2025-03-15 | 2025-01-01
            admitted on 15/03/2025, policy inception 01/04/2024         | 2025-03-15 | 2024-04-01
            DOA 2025-03-15                                              | 2025-03-15 |
            policy start date: March 15, 2024                           |            | 2024-03-15
            discharged on 20/03/2025                                    |            |
            recovered on 20/03/2025 after a policyholder's surgery      |            |
            treated at Port Blair on 2 May 2025, policy 2 years         | 2025-05-02 |
            policy since March 2025                                     |            |
            diabetic since 12/05/2010, admitted on 3rd June 2025        | 2025-06-03 |
            """)
    void readsTheDates(String query, LocalDate admission, LocalDate policyStart) {
        ClaimFacts facts = facts(query);
        assertThat(facts.admissionDate()).isEqualTo(admission);
        assertThat(facts.policyStartDate()).isEqualTo(policyStart);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"", "   ", "hello", "What does this policy cover?", "Please check the claim.",
            "What is the grace period for premium payment?"})
    void aQueryWithNoFactsHasNone(String query) {
        assertThat(facts(query)).isEqualTo(ClaimFacts.NONE);
    }

    @org.junit.jupiter.api.Test
    void readsEveryFactOfOneClaim() {
        ClaimFacts facts = facts("62 M, CABG at a non-network hospital in Bangalore, ported from Star Health after"
                + " 3 years, policy taken on 1 Jan 2025, admitted 15 Mar 2025, hospitalised for 5 days, sum insured"
                + " Rs 5 lakh, bill Rs. 3,20,000, known case of hypertension");

        assertThat(facts).isEqualTo(new ClaimFacts(62, Gender.MALE, "heart surgery", "Bengaluru", 2,
                new BigDecimal(500000), new BigDecimal(320000), "INR", 5, false, 36, true,
                LocalDate.of(2025, 3, 15), LocalDate.of(2025, 1, 1)));
    }
}
