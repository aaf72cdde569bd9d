package com.intelliclaim.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

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
