package com.intelliclaim.engine.render;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.InvalidQueryException;
import com.intelliclaim.engine.api.PageRequest;
import com.intelliclaim.engine.api.RenderedPage;
import com.intelliclaim.engine.api.TextBox;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws one page of a PDF file with PDFBox and finds the cited words on it. The image never exceeds
 * {@link #MAX_PIXELS} (about 32 MB as RGB): a larger request is drawn at the largest scale that fits and says so in
 * {@link RenderedPage#scale()}. The last few files drawn stay open ({@link OpenDocuments}), so paging through a
 * document does not parse it again for every page; {@link #forget} closes one before its file is deleted, and
 * {@link #close} all of them. Thread-safe: draws of one file take turns, draws of different files run side by side.
 */
public final class PdfPageRenderer implements AutoCloseable {
    /** An A4 page at 400 % (about 290 dpi) is 7.9 M pixels. */
    public static final long MAX_PIXELS = 8_000_000L;
    /** Documents kept open: the cited one, and a few the analyst moves between. */
    static final int OPEN_DOCUMENTS = 4;

    private final long maxPixels;
    private final OpenDocuments documents;

    public PdfPageRenderer() {
        this(MAX_PIXELS, new OpenDocuments(OPEN_DOCUMENTS));
    }

    PdfPageRenderer(long maxPixels) {
        this(maxPixels, new OpenDocuments(OPEN_DOCUMENTS));
    }

    PdfPageRenderer(long maxPixels, OpenDocuments documents) {
        this.maxPixels = maxPixels;
        this.documents = documents;
    }

    /**
     * Renders the requested page of {@code pdf} and locates the request's cited words on it. Cancellation is
     * interruption, checked before the drawing and before the search.
     *
     * @throws InvalidQueryException     when the document has no such page
     * @throws CorruptDocumentException  when the file cannot be read as a PDF
     */
    public RenderedPage render(Path pdf, PageRequest request) {
        try {
            return documents.with(pdf, document -> render(document, request));
        } catch (IOException e) {
            throw new CorruptDocumentException(pdf, "the kept original could not be read as a PDF, so the page"
                    + " cannot be drawn.", e);
        }
    }

    /** Closes the file's document if it is open; call before deleting the file (an open file cannot be on Windows). */
    public void forget(Path pdf) {
        documents.forget(pdf);
    }

    /** Closes the open documents; drawing afterwards is refused. */
    @Override
    public void close() {
        documents.close();
    }

    private RenderedPage render(PDDocument document, PageRequest request) throws IOException {
        int count = document.getNumberOfPages();
        if (request.page() > count) {
            throw new InvalidQueryException("Page " + request.page() + " is not in this document: it has "
                    + count + (count == 1 ? " page." : " pages."));
        }
        PDPage page = document.getPage(request.page() - 1);
        PDRectangle crop = page.getCropBox();
        boolean turned = page.getRotation() % 180 != 0;
        float width = turned ? crop.getHeight() : crop.getWidth();
        float height = turned ? crop.getWidth() : crop.getHeight();
        double scale = scaleWithin(width, height, request.scale(), maxPixels);
        checkInterrupted();
        BufferedImage image = new PDFRenderer(document).renderImage(request.page() - 1, (float) scale, ImageType.RGB);
        boolean search = request.citedText() != null && !request.citedText().isBlank();
        checkInterrupted();
        List<TextBox> cited = search ? SpanLocator.locate(GlyphCollector.of(document, request.page()),
                request.citedText()) : List.of();
        return new RenderedPage(image, request.page(), count, scale, width, height, cited, !cited.isEmpty());
    }

    /** The asked scale, or the largest below it whose image stays within {@code maxPixels}. */
    static double scaleWithin(float widthPoints, float heightPoints, double asked, long maxPixels) {
        double pixels = widthPoints * asked * heightPoints * asked;
        return pixels <= maxPixels ? asked : Math.sqrt(maxPixels / (widthPoints * (double) heightPoints));
    }

    private static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("page rendering cancelled");
        }
    }
}
