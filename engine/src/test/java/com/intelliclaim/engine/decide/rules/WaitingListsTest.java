package com.intelliclaim.engine.decide.rules;

import com.intelliclaim.engine.api.Citation;
import com.intelliclaim.engine.api.Outcome;
import com.intelliclaim.engine.api.SearchHit;
import com.intelliclaim.engine.decide.Adjudication;
import com.intelliclaim.engine.decide.ClaimContext;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static com.intelliclaim.engine.decide.rules.PolicyHits.chunk;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lists of specific waiting periods that run over several passages, as retrieval brings them: an item with its header
 * in the passage before, across a gap (only a bound is known), before the next list's header, or a list cut short.
 */
class WaitingListsTest {
    private static final String HEADING = "VI. EXCLUSIONS > A. WAITING PERIODS";
    private static final SearchHit INTRO = chunk(40, "2", HEADING, 12, "2. Specific Disease/ Procedure Waiting Period"
            + " (Code- Excl02):\na. Expenses related to the treatment of the listed Conditions, surgeries/treatments as per"
            + " Table A and Table B below, shall be excluded until the expiry of 24 months and 48 months respectively.\n"
            + "f. List of specific diseases/procedures:\nTable A. Two years waiting period\n1. All internal and external"
            + " benign tumours");
    private static final SearchHit TABLE_A = chunk(41, "2", HEADING, 13, "2. Benign ENT disorders | 9. Non infective"
            + " Arthritis\n4. Cataract | 13. Calculus diseases");
    private static final SearchHit TABLE_A_END = chunk(42, "6", "6. Gout and Rheumatism", 13, "7. Hernia of all types |"
            + " 16. Polycystic ovarian disease\nTable B. Four years waiting period\n1. Joint Replacement due to Degenerative"
            + " condition, unless necessitated due to an accident.");
    /** Items between header and item whose heading trail names one of them, as a chunker may take it for a heading. */
    private static final SearchHit MID_LIST = chunk(42, "25", "PART B > 25. Chronic Kidney Disease", 13, "25. Chronic"
            + " Kidney Disease\n26. Alzheimer's Disease | 27. Parkinson's Disease");
    private static final SearchHit LATE_ITEM = chunk(43, "28", HEADING, 13, "28. Hernia of all types | 29. Fissure"
            + " in ano");
    private static final SearchHit COVER = chunk(5, "1", "1. In-patient Hospitalisation", 6, "We will pay the Reasonable"
            + " and Customary Charges for the Medical Expenses of an Insured Person during Hospitalisation.");

    static Stream<Arguments> claims() {
        return Stream.of(
                Arguments.of("the header is in the passage before", List.of(INTRO, TABLE_A), "cataract surgery", 18,
                        Outcome.REJECTED, "Table A. Two years waiting period"),
                Arguments.of("a served list item", List.of(INTRO, TABLE_A), "cataract surgery", 30, Outcome.APPROVED,
                        "has been served"),
                Arguments.of("across a gap the earlier list bounds it from below", List.of(INTRO, TABLE_A_END),
                        "hernia surgery", 18, Outcome.REJECTED, "at least 2 years"),
                Arguments.of("items read in no section between do not hide the header", List.of(INTRO, MID_LIST,
                        LATE_ITEM), "hernia surgery", 18, Outcome.REJECTED, "at least 2 years"),
                Arguments.of("between the bounds it needs review", List.of(INTRO, TABLE_A_END), "hernia surgery", 30,
                        Outcome.NEEDS_REVIEW, "does not say how long"),
                Arguments.of("the next list's header bounds it from above", List.of(TABLE_A_END), "hernia surgery", 48,
                        Outcome.APPROVED, "under 4 years"),
                Arguments.of("the item after a header in the same passage", List.of(TABLE_A_END), "knee replacement", 36,
                        Outcome.REJECTED, "4 years"),
                Arguments.of("a planned surgery not in a list that runs on", List.of(INTRO, TABLE_A, COVER),
                        "hysterectomy", 12, Outcome.NEEDS_REVIEW, "runs on past the retrieved text"),
                Arguments.of("an acute illness is not of the listed kind", List.of(INTRO, TABLE_A, COVER), "pneumonia",
                        12, Outcome.APPROVED, "hospitalisation is covered"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("claims")
    void readsListsAcrossPassages(String name, List<SearchHit> passages, String procedure, int months, Outcome outcome,
                                  String words) {
        Adjudication a = new RulesAdjudicator().adjudicate(new ClaimContext(procedure,
                Facts.of(procedure).months(months).build(), passages, LocalDate.of(2025, 6, 1)));

        assertThat(a.decision()).as(a.justification()).isEqualTo(outcome);
        assertThat(a.justification()).contains(words);
        assertThat(a.citations()).extracting(Citation::chunkId)
                .allSatisfy(id -> assertThat(passages).extracting(SearchHit::chunkId).contains(id));
    }
}
