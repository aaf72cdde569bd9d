package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cleaning rules of {@link PdfDocumentParser}, each on a PDF built for it. */
class PdfDocumentParserTest {
    private final PdfDocumentParser parser = new PdfDocumentParser();

    private List<String> parsePages(byte[] pdf) {
        return parser.parse(TestSources.of("policy.pdf", pdf)).pages().stream().map(PageText::text).toList();
    }

    private static final String[] TOPICS = {"room rent", "ambulance cover", "day care", "maternity", "organ donors",
        "dental care", "cataract surgery", "home care", "AYUSH treatment", "mental illness", "air ambulance",
        "vaccination", "health check", "co-payment", "deductibles"};

    /** Four lines that differ from page to page by words, not only by numbers, like real policy text. */
    private static List<String> body(int page) {
        String topic = TOPICS[page % TOPICS.length];
        return List.of("Section on " + topic + " explains the cover", "Limits for " + topic + " are in the schedule",
                "Claims for " + topic + " are notified early", "The insurer pays " + topic + " bills directly");
    }

    @Test
    void removesRunningHeadersAndFootersWithVaryingPageNumbers() {
        TestPdfs.Builder builder = TestPdfs.builder()
                .header("Acme Health Insurance Policy Wording").footer("Page {page} of {pages}");
        for (int page = 1; page <= 5; page++) {
            builder.page(body(page));
        }

        List<String> pages = parsePages(builder.build());

        assertThat(pages).hasSize(5).noneMatch(t -> t.contains("Acme") || t.contains("Page "));
        assertThat(pages.get(2)).isEqualTo(String.join("\n", body(3)));
    }

    @Test
    void aLongDocumentReadInTwoHalvesKeepsEveryPageInOrder() {
        TestPdfs.Builder builder = TestPdfs.builder()
                .header("Acme Health Insurance Policy Wording").footer("Page {page} of {pages}");
        for (int page = 1; page <= 21; page++) {
            builder.page(body(page));
        }

        List<String> pages = parsePages(builder.build());

        assertThat(pages).hasSize(21).noneMatch(t -> t.contains("Acme") || t.contains("Page "));
        for (int page = 1; page <= 21; page++) {
            assertThat(pages.get(page - 1)).as("page %d", page).isEqualTo(String.join("\n", body(page)));
        }
    }

    @Test
    void anInterruptedParseStopsWithACancellation() {
        TestPdfs.Builder builder = TestPdfs.builder();
        for (int page = 1; page <= 12; page++) {
            builder.page(body(page));
        }
        byte[] pdf = builder.build();

        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> parser.parse(TestSources.of("policy.pdf", pdf)))
                    .isInstanceOf(java.util.concurrent.CancellationException.class);
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void keepsAHeaderThatRepeatsOnFewerThanThreePages() {
        byte[] pdf = TestPdfs.builder().header("Acme Health Insurance Policy Wording")
                .page(body(1)).page(body(2)).build();

        assertThat(parsePages(pdf)).allMatch(t -> t.startsWith("Acme Health Insurance Policy Wording\n"));
    }

    @Test
    void keepsALineRepeatedInTheMiddleOfEveryPage() {
        TestPdfs.Builder builder = TestPdfs.builder();
        for (int page = 1; page <= 4; page++) {
            List<String> lines = new ArrayList<>(body(page));
            lines.add("Subject to the terms and conditions below");
            lines.addAll(body(page + 10));
            builder.page(lines);
        }

        assertThat(parsePages(builder.build())).allMatch(t -> t.contains("Subject to the terms and conditions below"));
    }

    @Test
    void joinsWordsHyphenatedAcrossLineEndsButNotBeforeCapitals() {
        byte[] pdf = TestPdfs.ofPages("Expenses of hospital-\nisation are covered in full\nfor Non-\nMedical items too");

        assertThat(parsePages(pdf)).containsExactly(
                "Expenses of hospitalisation\nare covered in full\nfor Non-\nMedical items too");
    }

    @Test
    void keepsEachTableRowOnOneLineWithItsColumnHeaders() {
        byte[] pdf = TestPdfs.builder().tablePage(new float[] {72, 230, 430}, List.of(
                List.of("Benefit", "Limit", "Cashless"),
                List.of("Room rent", "1% of sum insured", "Yes"),
                List.of("ICU charges", "2% of sum insured", "Yes"),
                List.of("Ambulance", "Rs 2000 per claim", "No"))).build();

        assertThat(parsePages(pdf)).containsExactly("Benefit | Limit | Cashless\n"
                + "Room rent | Limit: 1% of sum insured | Cashless: Yes\n"
                + "ICU charges | Limit: 2% of sum insured | Cashless: Yes\n"
                + "Ambulance | Limit: Rs 2000 per claim | Cashless: No");
    }

    @Test
    void readsATwoCellTableRowByRowNotAsColumns() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rows.add(List.of("Item " + i, "Limit " + i));
        }
        byte[] pdf = TestPdfs.builder().tablePage(new float[] {72, 320}, rows).build();

        assertThat(parsePages(pdf).get(0)).startsWith("Item 1 | Limit 1\nItem 2 | Limit 2\n");
    }

    @Test
    void readsTwoColumnPagesLeftColumnThenRight() {
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            left.add("Left column line " + i + " of the cover");
            right.add("Right column line " + i + " exclusions");
        }

        String text = parsePages(TestPdfs.builder().twoColumnPage("Part A: Cover and exclusions", left, right)
                .build()).get(0);

        List<String> expected = new ArrayList<>(left);
        expected.addAll(right);
        assertThat(text).isEqualTo("Part A: Cover and exclusions\n\n" + String.join("\n", expected));
    }

    @Test
    void leavesSingleColumnPagesInTheirOrder() {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            lines.add(i % 2 == 0 ? "Short line " + i : "A much longer line number " + i + " that runs across the page");
        }

        assertThat(parsePages(TestPdfs.builder().page(lines).build())).containsExactly(String.join("\n", lines));
    }

    @Test
    void normalisesSpacesAndNonBreakingSpaces() {
        byte[] pdf = TestPdfs.ofPages("Sum\u00A0Insured   of  the   policy  ", "Room  rent\u00A0\u00A0limit applies here");

        assertThat(parsePages(pdf)).containsExactly("Sum Insured of the policy", "Room rent limit applies here");
    }

    @Test
    void marksParagraphBreaksWithOneBlankLine() {
        byte[] pdf = TestPdfs.ofPages("First paragraph line one\nline two\n\n\n\nSecond paragraph starts here");

        assertThat(parsePages(pdf)).containsExactly("First paragraph line one\nline two\n\nSecond paragraph starts here");
    }

    @Test
    void keepsBlankPagesAsEmptyPagesSoNumbersMatch() {
        byte[] pdf = TestPdfs.builder().page(body(1)).blankPage().page(body(3)).build();

        ParsedDocument parsed = parser.parse(TestSources.of("policy.pdf", pdf));

        assertThat(parsed.pages()).extracting(PageText::number).containsExactly(1, 2, 3);
        assertThat(parsed.pages().get(1).text()).isEmpty();
        assertThat(parsed.pages().get(2).text()).isEqualTo(String.join("\n", body(3)));
    }

    @Test
    void keepsAnImagePageEmptyInADocumentWithText() {
        byte[] pdf = TestPdfs.builder().page(body(1)).imagePage().build();

        assertThat(parsePages(pdf)).containsExactly(String.join("\n", body(1)), "");
    }
}
