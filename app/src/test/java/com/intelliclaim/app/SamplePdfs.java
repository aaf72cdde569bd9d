package com.intelliclaim.app;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/** Writes small text PDFs for the app's tests: one list of lines per page, Helvetica 10 pt. */
public final class SamplePdfs {
    private SamplePdfs() {
    }

    public static Path write(Path file, List<List<String>> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<String> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.beginText();
                    content.setFont(font, 10);
                    content.setLeading(14);
                    content.newLineAtOffset(50, 790);
                    for (String line : lines) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /**
     * A two-page claim file: a typed cover letter, then a scanned page (a picture without a text layer) on which OCR
     * finds no words, only ink blots, so its confidence is low.
     */
    public static Path withBlottedScan(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage letter = new PDPage(PDRectangle.A4);
            doc.addPage(letter);
            try (PDPageContentStream content = new PDPageContentStream(doc, letter)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                content.newLineAtOffset(50, 790);
                content.showText("Cover letter: the hospital bill follows as a scanned page.");
                content.endText();
            }
            PDPage scan = new PDPage(PDRectangle.A4);
            doc.addPage(scan);
            try (PDPageContentStream content = new PDPageContentStream(doc, scan)) {
                content.drawImage(LosslessFactory.createFromImage(doc, blots()), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static BufferedImage blots() {
        BufferedImage image = new BufferedImage(1240, 1754, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        Random random = new Random(7);
        for (int i = 0; i < 400; i++) {
            g.fillOval(random.nextInt(image.getWidth()), random.nextInt(image.getHeight()), 5 + random.nextInt(30),
                    5 + random.nextInt(10));
        }
        g.dispose();
        return image;
    }

    /** A three-page policy wording: definitions, waiting periods, exclusions and limits. */
    public static Path policy(Path file) throws IOException {
        return write(file, List.of(
                List.of("SECTION 2 DEFINITIONS",
                        "2.1 Hospital means any institution established for in-patient care and day care treatment",
                        "of illness and injuries with at least 10 in-patient beds and qualified nursing staff.",
                        "2.2 Grace period means the specified period of thirty days immediately following the",
                        "premium due date during which payment can be made to renew the policy."),
                List.of("SECTION 4 WAITING PERIODS",
                        "4.1 Expenses related to the treatment of a pre-existing disease are excluded until the",
                        "expiry of 36 months of continuous coverage after the date of inception of the first policy.",
                        "4.2 Cataract surgery is covered after a specific waiting period of 24 months.",
                        "4.3 Maternity expenses are covered after 24 months of continuous coverage."),
                List.of("SECTION 5 LIMITS",
                        "5.1 Room rent is limited to 1% of the sum insured per day and ICU charges to 2% per day.",
                        "5.2 Road ambulance charges are covered up to Rs 2,000 per hospitalisation.",
                        "5.3 Organ donor expenses for harvesting the organ are covered for an insured recipient.")));
    }
}
