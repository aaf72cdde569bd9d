package com.intelliclaim.app.history;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Flowing text onto A4 pages with the bundled DejaVu Sans (embedded, so "₹" and other non-Latin signs print):
 * wrapped paragraphs, headings, and a new page when one is full. Characters the font lacks print as "?".
 */
final class PdfPages implements AutoCloseable {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final PDDocument doc;
    private final PDFont regular;
    private final PDFont bold;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private PDPageContentStream content;
    private float y;

    PdfPages(PDDocument doc) throws IOException {
        this.doc = doc;
        this.regular = font(doc, "/fonts/DejaVuSans.ttf");
        this.bold = font(doc, "/fonts/DejaVuSans-Bold.ttf");
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfPages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("The report font " + resource + " is missing from the application");
            }
            return PDType0Font.load(doc, in);
        }
    }

    void heading(String text, float size) throws IOException {
        space(size * 0.6f);
        paragraph(text, bold, size);
    }

    void line(String text) throws IOException {
        paragraph(text, regular, 10);
    }

    void labelled(String label, String text) throws IOException {
        paragraph(label + ": " + (text == null ? "—" : text), regular, 10);
    }

    void space(float points) {
        y -= points;
    }

    void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void paragraph(String text, PDFont font, float size) throws IOException {
        float leading = size * 1.35f;
        for (String raw : clean(text, font).split("\n", -1)) {
            for (String row : wrap(raw, font, size)) {
                if (content == null || y - leading < MARGIN) {
                    newPage();
                }
                y -= leading;
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(MARGIN, y);
                content.showText(row);
                content.endText();
            }
        }
    }

    private List<String> wrap(String text, PDFont font, float size) throws IOException {
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = row.isEmpty() ? word : row + " " + word;
            if (width(candidate, font, size) <= WIDTH || row.isEmpty()) {
                row.setLength(0);
                row.append(candidate);
            } else {
                rows.add(row.toString());
                row.setLength(0);
                row.append(word);
            }
            while (width(row.toString(), font, size) > WIDTH && row.length() > 1) {
                int cut = Math.max(1, (int) (row.length() * WIDTH / width(row.toString(), font, size)) - 1);
                rows.add(row.substring(0, cut));
                row.delete(0, cut);
            }
        }
        rows.add(row.toString());
        return rows;
    }

    private static float width(String s, PDFont font, float size) throws IOException {
        return font.getStringWidth(s) / 1000 * size;
    }

    private String clean(String text, PDFont font) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text.replace("\r\n", "\n").replace('\t', ' ')).codePoints().forEach(cp -> {
            if (cp == '\n') {
                out.append('\n');
            } else if (printable.computeIfAbsent(cp, c -> canShow(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        if (Character.isISOControl(codePoint)) {
            return false;
        }
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }
}
