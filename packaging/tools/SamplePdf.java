import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes a two-page policy PDF with PDFBox (from the app's jar) for the packaging scripts' training and check runs:
 * {@code java -cp app/target/intelliclaim.jar packaging/tools/SamplePdf.java OUT.pdf [--scan]}. With
 * {@code --scan} the pages are pictures of the text (300 dpi, no text layer), which only OCR can read.
 */
public class SamplePdf {
    public static void main(String[] args) throws Exception {
        String[][] pages = {
            {"Arogya Sample Health Policy", "Section 3 Waiting periods",
                "3.1 Any illness contracted within the first 30 days from the policy start date is excluded,",
                "except claims arising out of an accident.",
                "3.2 Cataract surgery is covered after a waiting period of 24 months of continuous coverage.",
                "3.3 Pre-existing diseases are covered after 36 months of continuous coverage."},
            {"Section 4 Limits", "4.1 Room rent is limited to 1% of the sum insured per day.",
                "4.2 Cataract treatment is limited to Rs 40,000 per eye.",
                "4.3 A co-payment of 10% applies to insured persons aged 60 years or more."}};
        boolean scan = args.length > 1 && args[1].equals("--scan");
        try (PDDocument doc = new PDDocument()) {
            if (scan) {
                for (String[] lines : pages) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    PDImageXObject image = LosslessFactory.createFromImage(doc, picture(lines));
                    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                        content.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
                doc.save(Path.of(args[0]).toFile());
                return;
            }
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
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
            doc.save(Path.of(args[0]).toFile());
        }
    }

    /** An A4 page at 300 dpi with the lines in black on white, as a scanner would give it. */
    private static BufferedImage picture(String[] lines) {
        BufferedImage image = new BufferedImage(2480, 3508, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 40));
        int y = 200;
        for (String line : lines) {
            g.drawString(line, 200, y);
            y += 60;
        }
        g.dispose();
        return image;
    }
}
