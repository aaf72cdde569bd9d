package com.intelliclaim.engine.testing;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Assumptions;

/**
 * Scans made in memory: known text drawn with Java2D onto a white A4 page image at 300 DPI (12 pt serif, like a
 * printed letter), saved as PNG or multi-page TIFF, or wrapped as the only content of PDF pages (what a scanner
 * produces). Tests that need Tesseract call {@link #assumeTesseract()} first.
 */
public final class TestScans {
    public static final int DPI = 300;
    private static final int WIDTH = 2480;
    private static final int HEIGHT = 3508;
    private static final int MARGIN = 250;

    private TestScans() {
    }

    /** Skips the calling test, saying why, when the {@code tesseract} command is not installed. */
    public static void assumeTesseract() {
        Assumptions.assumeTrue(tesseractInstalled(), "tesseract is not installed: these OCR tests need the Debian"
                + " packages tesseract-ocr and tesseract-ocr-eng (CI installs them)");
    }

    public static boolean tesseractInstalled() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An A4 page image at 300 DPI with the lines drawn in 12 pt serif, black on white, 8-bit grey. */
    public static BufferedImage page(List<String> lines) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.BLACK);
            g.setFont(new Font(Font.SERIF, Font.PLAIN, 12 * DPI / 72));
            int lineHeight = g.getFontMetrics().getHeight() * 3 / 2;
            int y = MARGIN;
            for (String line : lines) {
                y += lineHeight;
                g.drawString(line, MARGIN, y);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] png(List<String> lines) {
        return write(page(lines), "png");
    }

    /** A TIFF with one frame per page. */
    public static byte[] tiff(List<List<String>> pages) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (List<String> page : pages) {
                writer.writeToSequence(new IIOImage(page(page), null, null), null);
            }
            writer.endWriteSequence();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
    }

    /**
     * A PDF whose pages are given in order: a page that starts with {@code "SCAN:"} becomes a scanned page (the
     * remaining lines drawn into an image filling the page, no text layer); any other page is a text page.
     */
    public static byte[] pdf(List<List<String>> pages) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    if (!lines.isEmpty() && lines.get(0).equals("SCAN:")) {
                        PDImageXObject image = LosslessFactory.createFromImage(document,
                                page(lines.subList(1, lines.size())));
                        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    } else {
                        writeText(content, lines);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeText(PDPageContentStream content, List<String> lines) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.setLeading(14);
        content.newLineAtOffset(72, PDRectangle.A4.getHeight() - 72);
        for (String line : lines) {
            content.showText(line);
            content.newLine();
        }
        content.endText();
    }

    private static byte[] write(BufferedImage image, String format) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
