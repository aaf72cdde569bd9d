package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrOptions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Reads PDF pages without usable text through OCR: renders the page in grey at the configured DPI (lower for pages
 * so large that it would exceed the pixel limit) and OCRs the image. A page without content is blank and is not
 * OCR'd. Not thread-safe: one instance per parse of one open document.
 */
final class ScannedPages {
    private static final float POINTS_PER_INCH = 72f;
    /** Below this resolution OCR reads little; a page that large is refused rather than OCR'd badly. */
    private static final float MIN_DPI = 100f;

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final PageOcr ocr;
    private final OcrOptions options;
    private final Path file;

    ScannedPages(PDDocument document, OcrEngine engine, OcrOptions options, Path file) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
        this.ocr = new PageOcr(engine);
        this.options = options;
        this.file = file;
    }

    /** The page's text by OCR, or an empty page (no OCR) when it has no content at all. */
    PageText read(int number) throws IOException {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("ingest cancelled at page " + number);
        }
        PDPage page = document.getPage(number - 1);
        if (!page.hasContents()) {
            return new PageText(number, "");
        }
        BufferedImage image = renderer.renderImageWithDPI(number - 1, dpiFor(page, number), ImageType.GRAY);
        return ocr.read(file, number, image);
    }

    private float dpiFor(PDPage page, int number) {
        PDRectangle box = page.getCropBox();
        double squareInches = (box.getWidth() / POINTS_PER_INCH) * (box.getHeight() / POINTS_PER_INCH);
        float fitting = (float) Math.sqrt(options.maxPixels() / Math.max(squareInches, 1e-6));
        float dpi = Math.min(options.dpi(), fitting);
        if (dpi < MIN_DPI) {
            throw new DocumentTooLargeException(file, String.format(Locale.ROOT, "page %d is a scan of %.0f x %.0f"
                    + " inches, too large to read by OCR within the limit of %.0f megapixels.", number,
                    box.getWidth() / POINTS_PER_INCH, box.getHeight() / POINTS_PER_INCH, options.maxPixels() / 1e6));
        }
        return dpi;
    }
}
