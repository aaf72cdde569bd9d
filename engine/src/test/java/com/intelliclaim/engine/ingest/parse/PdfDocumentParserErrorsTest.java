package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.EncryptedDocumentException;
import com.intelliclaim.engine.api.NoTextLayerException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every way a PDF can fail, with the exception class and the words the analyst reads. */
class PdfDocumentParserErrorsTest {
    private static final byte[] VALID = TestPdfs.ofPages("A valid policy page with plenty of words on it");

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of("encrypted", (Supplier<byte[]>) () -> TestPdfs.builder()
                        .page("Confidential policy wording for the insured").userPassword("s3cret").build(),
                        EncryptedDocumentException.class, "password"),
                Arguments.of("truncated", (Supplier<byte[]>) () -> TestPdfs.truncated(VALID),
                        CorruptDocumentException.class, "truncated"),
                Arguments.of("damaged", (Supplier<byte[]>) () ->
                        "%PDF-1.7\nthis is not a real pdf body at all\n%%EOF\n".getBytes(StandardCharsets.US_ASCII),
                        CorruptDocumentException.class, "damaged"),
                Arguments.of("png renamed", (Supplier<byte[]>) TestPdfs::pngBytes,
                        UnsupportedFormatException.class, "a PNG image"),
                Arguments.of("zip renamed", (Supplier<byte[]>) () -> new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0},
                        UnsupportedFormatException.class, "ZIP archive"),
                Arguments.of("empty", (Supplier<byte[]>) () -> new byte[0],
                        EmptyDocumentException.class, "0 bytes"),
                Arguments.of("scanned", (Supplier<byte[]>) () -> TestPdfs.builder().imagePage().imagePage().build(),
                        NoTextLayerException.class, "it needs OCR (install tesseract-ocr to read scanned pages)"),
                Arguments.of("stray stamp only", (Supplier<byte[]>) () -> TestPdfs.builder()
                        .page("Copy 2").imagePage().build(), NoTextLayerException.class, "scanned"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("failures")
    void refusesWithAPlainReasonNamingTheFile(String label, Supplier<byte[]> bytes,
            Class<? extends DocumentException> expected, String reason) {
        SourceDocument source = TestSources.of("claims/" + label.replace(' ', '-') + ".pdf", bytes.get());

        assertThatThrownBy(() -> new PdfDocumentParser().parse(source))
                .isInstanceOf(expected)
                .hasMessageStartingWith(label.replace(' ', '-') + ".pdf: ")
                .hasMessageContaining(reason);
    }
}
