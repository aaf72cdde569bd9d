package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.api.OcrUnavailableException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrOptions;
import com.intelliclaim.engine.ingest.ocr.TesseractCli;
import com.intelliclaim.engine.testing.TestScans;
import com.intelliclaim.engine.testing.TestSources;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scanned PDF pages and images read through the real Tesseract. */
class OcrParsingTest {
    private static final List<String> SCANNED = List.of("4.2 Room rent is limited to one percent of the sum insured",
            "per day for Plan A and two percent for Plan B.");
    private static final OcrOptions OPTIONS = OcrOptions.DEFAULTS;
    private static final OcrEngine TESSERACT = TesseractCli.english(OPTIONS);
    private static final OcrEngine MISSING = new TesseractCli("/nonexistent/tesseract", "eng", OPTIONS);

    @Test
    void aMixedPdfKeepsItsTextPagesAndReadsTheScannedPageByOcr() {
        TestScans.assumeTesseract();
        byte[] pdf = TestScans.pdf(List.of(
                List.of("Acme Health Policy Wording", "1. Definitions: Hospital means an institution for care."),
                prepend("SCAN:", SCANNED)));

        ParsedDocument parsed = new PdfDocumentParser(TESSERACT, OPTIONS).parse(TestSources.of("mixed.pdf", pdf));

        assertThat(parsed.pages()).hasSize(2);
        assertThat(parsed.pages().get(0).isOcr()).isFalse();
        assertThat(parsed.pages().get(0).text()).contains("Hospital means an institution");
        PageText scanned = parsed.pages().get(1);
        assertThat(scanned.number()).isEqualTo(2);
        assertThat(scanned.text()).contains("Room rent is limited to one percent of the sum insured");
        assertThat(scanned.ocrConfidence().orElseThrow()).isGreaterThan(80);
        assertThat(scanned.lowConfidence()).isFalse();
    }

    @Test
    void aPngIsReadAsOnePage() {
        TestScans.assumeTesseract();

        ParsedDocument parsed = parser(TESSERACT, OPTIONS).parse(TestSources.of("claim-letter.png",
                TestScans.png(SCANNED)));

        assertThat(parsed.mediaType()).isEqualTo("image/png");
        assertThat(parsed.pages()).singleElement().satisfies(page -> {
            assertThat(page.text()).contains("two percent for Plan B");
            assertThat(page.isOcr()).isTrue();
        });
    }

    @Test
    void aMultiPageTiffGivesOnePagePerFrame() {
        TestScans.assumeTesseract();
        byte[] tiff = TestScans.tiff(List.of(List.of("Discharge summary of the patient"),
                List.of("Final bill of the hospital stay")));

        ParsedDocument parsed = parser(TESSERACT, OPTIONS).parse(TestSources.of("fax.tif", tiff));

        assertThat(parsed.pages()).extracting(PageText::number).containsExactly(1, 2);
        assertThat(parsed.pages().get(1).text()).contains("Final bill");
    }

    @Test
    void withoutTesseractAScannedPdfSaysToInstallIt() {
        byte[] pdf = TestScans.pdf(List.of(prepend("SCAN:", SCANNED)));

        assertThatThrownBy(() -> new PdfDocumentParser(MISSING, OPTIONS).parse(TestSources.of("scan.pdf", pdf)))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessage("scan.pdf: page 1 is a scan and needs OCR: install tesseract-ocr to read scanned pages.");
    }

    @Test
    void withoutTesseractATextPdfIsReadAsBefore() {
        byte[] pdf = TestScans.pdf(List.of(List.of("A policy page with more than enough letters to count")));

        assertThat(new PdfDocumentParser(MISSING, OPTIONS).parse(TestSources.of("text.pdf", pdf)).pages())
                .singleElement().satisfies(p -> assertThat(p.isOcr()).isFalse());
    }

    @Test
    void anImageOverThePixelLimitIsRefusedBeforeDecoding() {
        OcrOptions small = new OcrOptions(OPTIONS.pageTimeout(), 1_000_000, 300);

        assertThatThrownBy(() -> parser(MISSING, small).parse(TestSources.of("photo.png", TestScans.png(SCANNED))))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessage("photo.png: page 1 of the image is 2480 x 3508 pixels (9 megapixels), more than the"
                        + " limit of 1 megapixels. Scan it at 300 DPI or reduce its size and add it again.");
    }

    @Test
    void aDamagedImageIsRefusedAsDamaged() {
        byte[] png = TestScans.png(SCANNED);

        assertThatThrownBy(() -> parser(MISSING, OPTIONS).parse(TestSources.of("torn.png",
                Arrays.copyOf(png, 200))))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageContaining("the image is damaged");
    }

    private static ImageDocumentParser parser(OcrEngine engine, OcrOptions options) {
        return new ImageDocumentParser(engine, options);
    }

    private static List<String> prepend(String first, List<String> rest) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
    }
}
