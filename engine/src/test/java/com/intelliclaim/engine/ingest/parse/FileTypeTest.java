package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileTypeTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(textBlock = """
            '',                               EMPTY
            255044462d312e370a,               PDF
            89504e470d0a1a0a0000,             PNG
            ffd8ffe000104a464946,             JPEG
            474946383961,                     GIF
            49492a0008000000,                 TIFF
            4d4d002a00000008,                 TIFF
            504b030414000000,                 ZIP
            d0cf11e0a1b11ae1,                 LEGACY_OFFICE
            efbbbf48656c6c6f,                 TEXT
            fffe480065006c00,                 TEXT
            48656c6c6f0a776f726c64,           TEXT
            43616698e90a,                     TEXT
            48656c00006c6f,                   BINARY
            0102030405060708090a,             BINARY
            """)
    void sniffsByMagicBytes(String hex, FileType expected) {
        assertThat(FileType.sniff(HexFormat.of().parseHex(hex))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"word/document.xml, DOCX", "xl/workbook.xml, ZIP"})
    void tellsWordDocumentsFromOtherZips(String entry, FileType expected) {
        byte[] header = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        byte[] name = entry.getBytes(StandardCharsets.US_ASCII);
        byte[] zip = new byte[header.length + 20 + name.length];
        System.arraycopy(header, 0, zip, 0, header.length);
        System.arraycopy(name, 0, zip, header.length + 20, name.length);

        assertThat(FileType.sniff(zip)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, true", "900, true", "1100, false"})
    void findsAPdfHeaderOnlyWithinTheFirstKilobyte(int junk, boolean found) {
        byte[] bytes = new byte[junk + 8];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, bytes, junk, 8);

        assertThat(FileType.sniff(bytes) == FileType.PDF).isEqualTo(found);
    }
}
