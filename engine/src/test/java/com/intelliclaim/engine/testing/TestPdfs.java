package com.intelliclaim.engine.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds small PDFs in memory with PDFBox, so tests never depend on files on disk. Pages are A4 with 72 pt margins,
 * text in Helvetica 11 pt on a 14 pt line pitch (about 50 lines fit; nothing is paginated for you). Text must be
 * encodable in WinAnsi (Latin-1 plus a few symbols, NBSP included) because the Standard 14 fonts use it.
 *
 * <pre>{@code
 * byte[] pdf = TestPdfs.builder()
 *         .header("Acme Health - Policy Wording").footer("Page {page} of {pages}")
 *         .page("1. Definitions", "Hospital means ...")
 *         .blankPage()
 *         .twoColumnPage("Title", leftLines, rightLines)
 *         .build();
 * }</pre>
 */
public final class TestPdfs {
    public static final float MARGIN = 72;
    public static final float FONT_SIZE = 11;
    public static final float LEADING = 14;
    private static final PDRectangle PAGE = PDRectangle.A4;
    private static final float COLUMN_GUTTER = 24;
    /** Space between table rows, in lines. */
    private static final float ROW_PADDING = 1f / 3;

    private TestPdfs() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A PDF with one page per string; {@code '\n'} separates the lines of a page. */
    public static byte[] ofPages(String... pageTexts) {
        Builder builder = builder();
        for (String text : pageTexts) {
            builder.page(text.split("\n", -1));
        }
        return builder.build();
    }

    /** The first half of {@code pdf}: what an interrupted download leaves (no trailer, no %%EOF). */
    public static byte[] truncated(byte[] pdf) {
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    /** The bytes of a small PNG picture (a grey box with black lines). */
    public static byte[] pngBytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(picture(), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture() {
        BufferedImage image = new BufferedImage(240, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 240, 120);
        g.setColor(Color.BLACK);
        for (int y = 20; y < 110; y += 15) {
            g.drawLine(20, y, 220, y);
        }
        g.dispose();
        return image;
    }

    /** Collects pages, then writes the document once in {@link #build()}. Not thread-safe; use once. */
    public static final class Builder {
        private final List<PageSpec> pages = new ArrayList<>();
        private String header;
        private String footer;
        private String userPassword;

        private Builder() {
        }

        /** A single-column page with these lines, top to bottom. */
        public Builder page(String... lines) {
            return page(List.of(lines));
        }

        public Builder page(List<String> lines) {
            List<Placed> placed = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                placed.add(new Placed(lines.get(i), MARGIN, i));
            }
            pages.add(new PageSpec(placed, false));
            return this;
        }

        /** A page with no content stream at all (as some generators emit for separator pages). */
        public Builder blankPage() {
            pages.add(new PageSpec(List.of(), false));
            return this;
        }

        /**
         * A page with an optional full-width {@code title} (may be null), then two columns side by side from the
         * same top line: {@code left} in the left half and {@code right} in the right half. Keep lines under about
         * 35 characters so they fit their column.
         */
        public Builder twoColumnPage(String title, List<String> left, List<String> right) {
            List<Placed> placed = new ArrayList<>();
            int firstRow = 0;
            if (title != null) {
                placed.add(new Placed(title, MARGIN, 0));
                firstRow = 2;
            }
            float rightX = MARGIN + (PAGE.getWidth() - 2 * MARGIN + COLUMN_GUTTER) / 2;
            for (int i = 0; i < left.size(); i++) {
                placed.add(new Placed(left.get(i), MARGIN, firstRow + i));
            }
            for (int i = 0; i < right.size(); i++) {
                placed.add(new Placed(right.get(i), rightX, firstRow + i));
            }
            pages.add(new PageSpec(placed, false));
            return this;
        }

        /** A page with a table: each row on one line, cell {@code i} starting at {@code columnX[i]} (points). */
        public Builder tablePage(float[] columnX, List<List<String>> rows) {
            List<Placed> placed = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                List<String> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    placed.add(new Placed(row.get(c), columnX[c], r));
                }
            }
            pages.add(new PageSpec(placed, false));
            return this;
        }

        /**
         * A page with the lines {@code before}, then a table, then the lines {@code after}, as word processors print
         * tables: cell {@code i} of a row starts at {@code columnX[i]} (points); a {@code '\n'} in a cell wraps it
         * onto the next line; each row starts a third of a line below the tallest cell of the row above (cell
         * padding), and {@code after} starts one line below the table.
         */
        public Builder tablePage(List<String> before, float[] columnX, List<List<String>> rows, List<String> after) {
            List<Placed> placed = new ArrayList<>();
            float line = 0;
            for (String text : before) {
                placed.add(new Placed(text, MARGIN, line++));
            }
            for (List<String> row : rows) {
                int height = 1;
                for (int c = 0; c < row.size(); c++) {
                    String[] wrapped = row.get(c).split("\n");
                    for (int w = 0; w < wrapped.length; w++) {
                        placed.add(new Placed(wrapped[w], columnX[c], line + w));
                    }
                    height = Math.max(height, wrapped.length);
                }
                line += height + ROW_PADDING;
            }
            line += 1 - ROW_PADDING;
            for (String text : after) {
                placed.add(new Placed(text, MARGIN, line++));
            }
            pages.add(new PageSpec(placed, false));
            return this;
        }

        /** A page holding only a picture, like a scan: no text layer. */
        public Builder imagePage() {
            pages.add(new PageSpec(List.of(), true));
            return this;
        }

        /** A line at the top of every page that has text; {@code {page}} and {@code {pages}} are replaced. */
        public Builder header(String template) {
            this.header = template;
            return this;
        }

        /** A line at the bottom of every page that has text; {@code {page}} and {@code {pages}} are replaced. */
        public Builder footer(String template) {
            this.footer = template;
            return this;
        }

        /** Encrypts the PDF so that it opens only with this password. */
        public Builder userPassword(String password) {
            this.userPassword = password;
            return this;
        }

        /** The PDF's bytes. */
        public byte[] build() {
            try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                for (int i = 0; i < pages.size(); i++) {
                    PDPage page = new PDPage(PAGE);
                    document.addPage(page);
                    writePage(document, page, font, pages.get(i), i + 1);
                }
                if (userPassword != null) {
                    StandardProtectionPolicy policy =
                            new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                    policy.setEncryptionKeyLength(256);
                    document.protect(policy);
                }
                document.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void writePage(PDDocument document, PDPage page, PDType1Font font, PageSpec spec, int number)
                throws IOException {
            if (spec.placed().isEmpty() && !spec.image()) {
                return;
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                if (spec.image()) {
                    PDImageXObject image = LosslessFactory.createFromImage(document, picture());
                    content.drawImage(image, MARGIN, 400, 400, 200);
                    return;
                }
                float top = PAGE.getHeight() - MARGIN;
                for (Placed p : spec.placed()) {
                    show(content, font, p.text(), p.x(), top - p.row() * LEADING);
                }
                if (header != null) {
                    show(content, font, fill(header, number), MARGIN, PAGE.getHeight() - 40);
                }
                if (footer != null) {
                    show(content, font, fill(footer, number), MARGIN, 40);
                }
            }
        }

        private String fill(String template, int number) {
            return template.replace("{page}", String.valueOf(number)).replace("{pages}", String.valueOf(pages.size()));
        }

        private static void show(PDPageContentStream content, PDType1Font font, String text, float x, float y)
                throws IOException {
            if (text.isEmpty()) {
                return;
            }
            content.beginText();
            content.setFont(font, FONT_SIZE);
            content.newLineAtOffset(x, y);
            content.showText(text);
            content.endText();
        }
    }

    /** Text at {@code x} points from the left, {@code row} lines (possibly fractional) below the top margin. */
    private record Placed(String text, float x, float row) {
    }

    private record PageSpec(List<Placed> placed, boolean image) {
    }
}
