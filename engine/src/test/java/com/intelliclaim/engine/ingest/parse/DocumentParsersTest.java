package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.OcrUnavailableException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrOptions;
import com.intelliclaim.engine.ingest.ocr.TesseractCli;
import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentParsersTest {
    private final DocumentParsers parsers = DocumentParsers.defaults();

    @Test
    void defaultsArePdfWordImagesEmailThenText() {
        assertThat(parsers.parsers()).hasExactlyElementsOfTypes(PdfDocumentParser.class, DocxDocumentParser.class,
                ImageDocumentParser.class, EmailDocumentParser.class, TextDocumentParser.class);
    }

    @Test
    void picksByContentNotByName() {
        byte[] pdf = TestPdfs.ofPages("Policy text saved with the wrong extension");

        assertThat(parsers.parse(TestSources.of("policy.txt", pdf)).mediaType()).isEqualTo("application/pdf");
        assertThat(parsers.parse(TestSources.text("policy", "Plain policy notes")).mediaType())
                .isEqualTo("text/plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan.png", "policy.pdf", "notes.txt", "noname"})
    void refusesEmptyFilesWhateverTheName(String name) {
        assertThatThrownBy(() -> parsers.parse(TestSources.of(name, new byte[0])))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage(name + ": the file is empty (0 bytes), so there is nothing to read.");
    }

    @Test
    void givesAPngNamedPdfToTheImageParser() {
        OcrEngine missing = new TesseractCli("/nonexistent/tesseract", "eng", OcrOptions.DEFAULTS);
        DocumentParsers withoutOcr = new DocumentParsers(List.of(new PdfDocumentParser(missing, OcrOptions.DEFAULTS),
                new ImageDocumentParser(missing, OcrOptions.DEFAULTS)));

        assertThatThrownBy(() -> withoutOcr.parse(TestSources.of("claim.pdf", TestPdfs.pngBytes())))
                .isInstanceOf(OcrUnavailableException.class)
                .hasMessage("claim.pdf: page 1 is a scan and needs OCR: install tesseract-ocr to read scanned pages.");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"photo.jpg, ffd8ffe000104a464946", "fax.tif, 49492a0008000000"})
    void refusesTruncatedImagesAsDamaged(String name, String hex) {
        assertThatThrownBy(() -> parsers.parse(TestSources.of(name, HexFormat.of().parseHex(hex))))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageStartingWith(name + ": it looks like a")
                .hasMessageContaining("but the image is damaged");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "archive.zip, 504b030414000000, a ZIP archive",
        "old.doc, d0cf11e0a1b11ae1, an old Microsoft Office file",
        "blob.bin, 00010203000102030001, binary data of an unknown kind"})
    void refusesOtherFormatsSayingWhatTheyLookLike(String name, String hex, String looksLike) {
        SourceDocument source = TestSources.of(name, HexFormat.of().parseHex(hex));

        assertThat(parsers.accepts(source)).isFalse();
        assertThatThrownBy(() -> parsers.parse(source))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith(name + ": ")
                .hasMessageContaining("it looks like " + looksLike);
    }

    @Test
    void givesAWordDocumentToTheWordParserWhichFindsThisOneDamaged() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<document/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> parsers.parse(TestSources.of("claim.docx", bytes.toByteArray())))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessage("claim.docx: the Word document is damaged and cannot be read. Open it in Word to check it,"
                        + " or save it again and add the new copy.");
    }

    @Test
    void usesTheFirstAcceptingParserInItsOrder() {
        DocumentParsers textOnly = new DocumentParsers(List.of(new TextDocumentParser()));
        byte[] pdf = TestPdfs.ofPages("A policy page with enough words to count");

        assertThatThrownBy(() -> textOnly.parse(TestSources.of("policy.pdf", pdf)))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("a PDF document");
    }
}
