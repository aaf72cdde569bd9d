package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Tables in PDFs built for each case: rows come out as one line each, with their column headers. */
class PdfTablesTest {
    private static final float[] THREE_COLUMNS = {72, 250, 400};
    private static final List<String> HEADER = List.of("Benefit", "Plan A", "Plan B");
    private static final String AFTER = "Cosmetic treatment and spectacles are not covered under any plan of this policy.";

    private final PdfDocumentParser parser = new PdfDocumentParser();

    private List<String> lines(byte[] pdf) {
        List<String> lines = new ArrayList<>();
        for (PageText page : parser.parse(TestSources.of("benefits.pdf", pdf)).pages()) {
            lines.addAll(Arrays.asList(page.text().split("\n")));
        }
        return lines;
    }

    private static List<List<String>> rows(List<String>... rows) {
        return List.of(rows);
    }

    static Stream<Arguments> tables() {
        return Stream.of(
                Arguments.of("a 3-column benefit table with Plan A and Plan B columns",
                        TestPdfs.builder().tablePage(List.of("Schedule of Benefits"), THREE_COLUMNS, rows(HEADER,
                                List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                                List.of("ICU charges", "2% of SI per day", "5% of SI per day"),
                                List.of("Ambulance", "Rs 1,000 per claim", "Rs 2,000 per claim")),
                                List.of(AFTER)).build(),
                        List.of("Schedule of Benefits", "Benefit | Plan A | Plan B",
                                "Room rent | Plan A: 1% of SI per day | Plan B: 2% of SI per day",
                                "ICU charges | Plan A: 2% of SI per day | Plan B: 5% of SI per day",
                                "Ambulance | Plan A: Rs 1,000 per claim | Plan B: Rs 2,000 per claim", AFTER)),
                Arguments.of("wrapped cells join their row",
                        TestPdfs.builder().tablePage(List.of("Schedule of Benefits"), THREE_COLUMNS, rows(HEADER,
                                List.of("Room rent and\nboarding", "1% of SI\nper day", "2% of SI\nper day"),
                                List.of("Pre-existing\nDiseases", "Covered after\n36 months", "Covered after\n24 months"),
                                List.of("ICU charges", "2% of SI per day", "5% of SI per day")),
                                List.of(AFTER)).build(),
                        List.of("Benefit | Plan A | Plan B",
                                "Room rent and boarding | Plan A: 1% of SI per day | Plan B: 2% of SI per day",
                                "Pre-existing Diseases | Plan A: Covered after 36 months | Plan B: Covered after 24 months",
                                "ICU charges | Plan A: 2% of SI per day | Plan B: 5% of SI per day", AFTER)),
                Arguments.of("an empty cell is left out, the others keep their headers",
                        TestPdfs.builder().tablePage(List.of(), THREE_COLUMNS, rows(HEADER,
                                List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                                List.of("Air ambulance", "", "Rs 50,000 per year")), List.of(AFTER)).build(),
                        List.of("Room rent | Plan A: 1% of SI per day | Plan B: 2% of SI per day",
                                "Air ambulance | Plan B: Rs 50,000 per year")),
                Arguments.of("an empty top-left cell leaves the labels nameless",
                        TestPdfs.builder().tablePage(List.of(), THREE_COLUMNS, rows(List.of("", "Plan A", "Plan B"),
                                List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                                List.of("ICU charges", "2% of SI per day", "5% of SI per day")), List.of(AFTER)).build(),
                        List.of("Plan A | Plan B", "Room rent | Plan A: 1% of SI per day | Plan B: 2% of SI per day",
                                "ICU charges | Plan A: 2% of SI per day | Plan B: 5% of SI per day")),
                Arguments.of("a table across a page break keeps its headers on the next page",
                        TestPdfs.builder().footer("Page {page} of {pages}")
                                .tablePage(List.of("Schedule of Benefits"), THREE_COLUMNS, rows(HEADER,
                                        List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                                        List.of("ICU charges", "2% of SI per day", "5% of SI per day")), List.of())
                                .tablePage(List.of(), THREE_COLUMNS, rows(
                                        List.of("Maternity", "Rs 30,000", "Rs 50,000"),
                                        List.of("Ambulance", "Rs 1,000 per claim", "Rs 2,000 per claim")),
                                        List.of(AFTER)).build(),
                        List.of("ICU charges | Plan A: 2% of SI per day | Plan B: 5% of SI per day", "Page 1 of 2",
                                "Maternity | Plan A: Rs 30,000 | Plan B: Rs 50,000",
                                "Ambulance | Plan A: Rs 1,000 per claim | Plan B: Rs 2,000 per claim", AFTER)),
                Arguments.of("rows without a header line stay as they are",
                        TestPdfs.builder().tablePage(List.of("Limits"), new float[] {72, 320}, rows(
                                List.of("Item 1", "Limit 1"), List.of("Item 2", "Limit 2"),
                                List.of("Item 3", "Limit 3")), List.of(AFTER)).build(),
                        List.of("Limits", "Item 1 | Limit 1", "Item 2 | Limit 2", "Item 3 | Limit 3", AFTER)),
                Arguments.of("a single row under a header is not a table",
                        TestPdfs.builder().tablePage(List.of(), THREE_COLUMNS, rows(HEADER,
                                List.of("Room rent", "1% of SI per day", "2% of SI per day")), List.of(AFTER)).build(),
                        List.of("Benefit | Plan A | Plan B", "Room rent | 1% of SI per day | 2% of SI per day")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tables")
    void writesEachRowAsOneLineWithItsColumnHeaders(String label, byte[] pdf, List<String> expected) {
        assertThat(lines(pdf)).containsSubsequence(expected);
    }

    @Test
    void aTwoColumnPageIsNotTakenForATable() {
        List<String> left = new ArrayList<>(List.of("Cover"));
        List<String> right = new ArrayList<>(List.of("Exclusions"));
        for (int i = 1; i <= 10; i++) {
            left.add("Left column line " + i + " of the cover");
            right.add("Right column line " + i + " exclusions");
        }

        List<String> lines = lines(TestPdfs.builder().twoColumnPage("Part A: Cover and exclusions", left, right)
                .build());

        List<String> expected = new ArrayList<>(List.of("Part A: Cover and exclusions", ""));
        expected.addAll(left);
        expected.addAll(right);
        assertThat(lines).containsExactlyElementsOf(expected);
    }

    @Test
    void countsTheRowsItWrites() {
        byte[] pdf = TestPdfs.builder().tablePage(List.of(), THREE_COLUMNS, rows(HEADER,
                List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                List.of("ICU charges", "2% of SI per day", "5% of SI per day")), List.of(AFTER)).build();
        PdfTables tables = new PdfTables();

        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            tables.rewrite(PdfLineCollector.collect(document).get(0));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }

        assertThat(tables.rowsWritten()).isEqualTo(2);
    }
}
