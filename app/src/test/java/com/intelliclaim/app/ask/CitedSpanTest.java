package com.intelliclaim.app.ask;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Finding a cited passage in a page's text despite different line breaks. */
class CitedSpanTest {
    private static final String PAGE = "SECTION 4 WAITING PERIODS\n4.2 Cataract surgery is covered after a\nspecific"
            + " waiting period of 24 months.\n4.3 Maternity expenses are covered after 24 months.";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4.2 Cataract surgery is covered after a specific waiting period of 24 months. | 4.2 Cataract | 24 months.",
        "Maternity expenses                                                           | Maternity  | expenses",
        // a passage that runs on to the next page: its opening words are found, highlighted to the page's end
        "4.3 Maternity expenses are covered after 24 months. SECTION 5 LIMITS 5.1 Room rent is limited | 4.3 Mat | months."})
    void findsTheCitedWords(String cited, String starts, String ends) {
        CitedSpan span = CitedSpan.in(PAGE, cited).orElseThrow();
        String found = PAGE.substring(span.start(), span.end());
        assertThat(found).startsWith(starts).endsWith(ends);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Room rent is limited", "''"})
    void findsNothingWhenTheWordsAreNotOnThePage(String cited) {
        assertThat(CitedSpan.in(PAGE, cited)).isEmpty();
    }
}
