package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.testing.TestDocx;
import com.intelliclaim.engine.testing.TestSources;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class DocxDocumentParserTest {
    private final DocxDocumentParser parser = new DocxDocumentParser();

    private static byte[] policy() {
        return TestDocx.builder()
                .heading(1, "Section 4. Benefits")
                .paragraph("The benefits below apply per policy year.")
                .item(0, "Room rent is payable as per the table.")
                .item(1, "Intensive care is payable in full.")
                .item(1, "Nursing charges are included.")
                .item(0, "Ambulance charges up to Rs. 2,000.")
                .table(List.of(List.of("Benefit", "Plan A", "Plan B"),
                        List.of("Room rent", "1% of SI per day", "2% of SI per day"),
                        List.of("Cataract", "Rs. 40,000 per eye", "")))
                .pageBreak()
                .heading(2, "Exclusions")
                .paragraph("Cosmetic treatment is not covered.")
                .build();
    }

    @Test
    void readsHeadingsListsAndTablesInOrderWithPageBreaks() {
        ParsedDocument parsed = parser.parse(TestSources.of("policy.docx", policy()));

        assertThat(parsed.mediaType()).isEqualTo(DocxDocumentParser.MEDIA_TYPE);
        assertThat(parsed.pages()).hasSize(2);
        assertThat(parsed.pages().get(0).text()).isEqualTo("""
                Section 4. Benefits

                The benefits below apply per policy year.
                1. Room rent is payable as per the table.
                a) Intensive care is payable in full.
                b) Nursing charges are included.
                2. Ambulance charges up to Rs. 2,000.

                Benefit | Plan A | Plan B
                Room rent | Plan A: 1% of SI per day | Plan B: 2% of SI per day
                Cataract | Plan A: Rs. 40,000 per eye""");
        assertThat(parsed.pages().get(1).text()).isEqualTo("Exclusions\n\nCosmetic treatment is not covered.");
    }

    @Test
    void aZipBombIsRefusedWithoutBeingExpanded() throws IOException {
        byte[] bomb = withPaddedDocumentXml(policy(), 30_000_000);

        assertThatThrownBy(() -> parser.parse(TestSources.of("bomb.docx", bomb)))
                .isInstanceOf(DocumentTooLargeException.class)
                .hasMessage("bomb.docx: the Word document expands to far more data than its size (it looks like a"
                        + " zip bomb), so it was not opened.");
    }

    @Test
    void aTruncatedDocumentIsRefusedAsDamaged() {
        byte[] docx = policy();

        assertThatThrownBy(() -> parser.parse(TestSources.of("cut.docx", Arrays.copyOf(docx, docx.length / 2))))
                .isInstanceOf(CorruptDocumentException.class)
                .hasMessageContaining("the Word document is damaged");
    }

    /** The same document with megabytes of spaces inside word/document.xml: tiny compressed, huge expanded. */
    private static byte[] withPaddedDocumentXml(byte[] docx, int spaces) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    content = (xml.substring(0, body) + " ".repeat(spaces) + xml.substring(body))
                            .getBytes(StandardCharsets.UTF_8);
                }
                zip.write(content);
            }
        }
        return out.toByteArray();
    }
}
