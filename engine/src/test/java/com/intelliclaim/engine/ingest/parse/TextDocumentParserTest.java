package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import com.intelliclaim.engine.testing.TestPdfs;
import com.intelliclaim.engine.testing.TestSources;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextDocumentParserTest {
    private static final String TEXT = "Café cover: ₹5,000 – “room rent”";
    private final TextDocumentParser parser = new TextDocumentParser();

    private String firstPage(byte[] bytes) {
        return parser.parse(TestSources.of("notes.txt", bytes)).pages().get(0).text();
    }

    @ParameterizedTest
    @CsvSource({"efbbbf, UTF-8", "fffe, UTF-16LE", "feff, UTF-16BE"})
    void decodesByByteOrderMarkAndDropsIt(String bomHex, String charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(HexFormat.of().parseHex(bomHex));
        bytes.writeBytes(TEXT.getBytes(Charset.forName(charset)));

        assertThat(firstPage(bytes.toByteArray())).isEqualTo(TEXT);
    }

    @Test
    void decodesValidUtf8WithoutAMark() {
        assertThat(firstPage(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
    }

    @Test
    void fallsBackToWindows1252WhenNotValidUtf8() {
        String legacy = "Café – €500 “deductible”";

        assertThat(firstPage(legacy.getBytes(Charset.forName("windows-1252")))).isEqualTo(legacy);
    }

    @Test
    void splitsPagesAtFormFeedsIgnoringATrailingOne() {
        ParsedDocument parsed = parser.parse(TestSources.text("notes.txt", "one\fmiddle\n\n\f\fthree\f"));

        assertThat(parsed.pages()).extracting(PageText::number).containsExactly(1, 2, 3, 4);
        assertThat(parsed.pages()).extracting(PageText::text).containsExactly("one", "middle", "", "three");
    }

    @Test
    void normalisesWhitespace() {
        assertThat(firstPage("  Sum\u00A0Insured \t limit  \r\n\r\n\r\n\r\nnext   line ".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("Sum Insured limit\n\nnext line");
    }

    @Test
    void refusesBinaryContentWithNulBytes() {
        byte[] bytes = "text\0\0\0more".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> parser.parse(TestSources.of("data.txt", bytes)))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageStartingWith("data.txt: ")
                .hasMessageContaining("binary data");
    }

    @Test
    void refusesAPdfNamedTxtSayingWhatItIs() {
        assertThatThrownBy(() -> parser.parse(TestSources.of("notes.txt", TestPdfs.ofPages("A page of policy text"))))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("a PDF document");
    }

    @Test
    void refusesBlankSpaceOnly() {
        assertThatThrownBy(() -> parser.parse(TestSources.text("blank.txt", " \n\t\n ")))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessage("blank.txt: the file contains only blank space, so there is nothing to read.");
    }

    @ParameterizedTest
    @CsvSource({"notes.txt, true", "notes.md, true", "README, true", "notes.csv, true"})
    void acceptsTextContentWhateverItsName(String name, boolean accepted) {
        assertThat(parser.accepts(TestSources.text(name, "Plain words on a line\n"))).isEqualTo(accepted);
    }

    @ParameterizedTest
    @CsvSource({"log.txt, true", "log.md, true", "log.bin, false"})
    void acceptsTextWithStrayControlCharactersOnlyByName(String name, boolean accepted) {
        byte[] bytes = "a\u0001b\u0002c\u0003d\u0004".getBytes(StandardCharsets.US_ASCII);

        assertThat(parser.accepts(TestSources.of(name, bytes))).isEqualTo(accepted);
    }
}
