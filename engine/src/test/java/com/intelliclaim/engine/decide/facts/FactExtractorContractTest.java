package com.intelliclaim.engine.decide.facts;

import com.intelliclaim.engine.api.ClaimFacts;
import com.intelliclaim.engine.decide.FactExtractor;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

/** What every {@link FactExtractor} promises; one subclass per implementation. */
public abstract class FactExtractorContractTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 6, 10);
    private static final List<String> CLAIMS = List.of(
            "46-year-old male, knee surgery in Pune, 3-month-old insurance policy",
            "Female, 35 years, heart surgery, Mumbai, 1-year policy, sum insured Rs 5 lakh, bill Rs 80,000",
            "policy taken on 1 Jan 2025, admitted 15 Mar 2025 for 5 days at a non-network hospital",
            "What is the grace period for premium payment?");

    /** The extractor under test. */
    protected abstract FactExtractor extractor();

    @Test
    void aQuestionStatingNothingHasNoFacts() {
        assertThat(extractor().extract("What is the grace period for premium payment?", TODAY))
                .isEqualTo(ClaimFacts.NONE);
    }

    @Test
    void theSameTextGivesTheSameFacts() {
        FactExtractor extractor = extractor();
        for (String claim : CLAIMS) {
            assertThat(extractor.extract(claim, TODAY)).isEqualTo(extractor.extract(claim, TODAY));
        }
    }

    @Test
    void todayAnchorsRelativeWording() {
        FactExtractor extractor = extractor();

        assertThat(extractor.extract("policy since March 2025", TODAY).policyAgeMonths()).isEqualTo(3);
        assertThat(extractor.extract("policy since March 2025", TODAY.plusMonths(2)).policyAgeMonths()).isEqualTo(5);
    }

    @Test
    void oneExtractorServesManyThreads() throws Exception {
        FactExtractor extractor = extractor();
        List<ClaimFacts> expected = CLAIMS.stream().map(claim -> extractor.extract(claim, TODAY)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<ClaimFacts>>> runs = pool.invokeAll(Collections.nCopies(8,
                    () -> IntStream.range(0, 50).boxed()
                            .flatMap(i -> CLAIMS.stream().map(claim -> extractor.extract(claim, TODAY)))
                            .toList()));
            for (Future<List<ClaimFacts>> run : runs) {
                for (int i = 0; i < run.get().size(); i++) {
                    assertThat(run.get().get(i)).isEqualTo(expected.get(i % CLAIMS.size()));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void refusesNullNamingTheArgument() {
        assertThatNullPointerException().isThrownBy(() -> extractor().extract(null, TODAY)).withMessage("text");
        assertThatNullPointerException().isThrownBy(() -> extractor().extract("46M", null)).withMessage("today");
    }
}
