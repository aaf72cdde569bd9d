package com.intelliclaim.engine.ingest.parse;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's text extraction once over the whole document and keeps, instead of a flat string, each page's lines
 * with the positions of their text runs. PDFBox still decides where words and lines break (it does that well); the
 * positions let the parser find headers, gutters and table cells afterwards. Not thread-safe: one instance per parse.
 */
final class PdfLineCollector extends PDFTextStripper {
    private final List<List<PdfLine>> pages = new ArrayList<>();
    private final List<PdfLine.Segment> lineSegments = new ArrayList<>();
    private List<PdfLine> currentPage;
    private float lineBaseline;

    private PdfLineCollector() throws IOException {
        setSortByPosition(true);
        // Beads would split a page into separately sorted articles; the column logic needs one top-to-bottom order.
        setShouldSeparateByBeads(false);
    }

    /** The lines of every page, indexed by page number - 1; pages without content streams are empty lists. */
    static List<List<PdfLine>> collect(PDDocument document) throws IOException {
        PdfLineCollector collector = new PdfLineCollector();
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            collector.pages.add(new ArrayList<>());
        }
        collector.getText(document);
        return collector.pages;
    }

    /** Cancellation is interruption: a long PDF stops at the next page rather than at its end. */
    @Override
    protected void startPage(PDPage page) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("parsing cancelled at page " + getCurrentPageNo());
        }
        currentPage = pages.get(getCurrentPageNo() - 1);
        lineSegments.clear();
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        if (positions.isEmpty() || text.isBlank()) {
            return;
        }
        if (lineSegments.isEmpty()) {
            lineBaseline = positions.get(0).getYDirAdj();
        }
        addSegments(text, positions);
    }

    /** Splits a PDFBox word at spaces that were in the content stream, so padded table cells keep their gaps. */
    private void addSegments(String text, List<TextPosition> positions) {
        if (text.length() != positions.size() || text.strip().indexOf(' ') < 0) {
            lineSegments.add(segment(text.strip(), positions.get(0), positions.get(positions.size() - 1)));
            return;
        }
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
            if (!space && start < 0) {
                start = i;
            } else if (space && start >= 0) {
                lineSegments.add(segment(text.substring(start, i), positions.get(start), positions.get(i - 1)));
                start = -1;
            }
        }
    }

    private static PdfLine.Segment segment(String text, TextPosition first, TextPosition last) {
        return new PdfLine.Segment(text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj());
    }

    @Override
    protected void writeWordSeparator() {
        // Words are kept as separate segments; their gaps are judged later.
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    @Override
    protected void endArticle() {
        flushLine();
    }

    @Override
    protected void endPage(PDPage page) {
        flushLine();
    }

    private void flushLine() {
        if (!lineSegments.isEmpty() && currentPage != null) {
            currentPage.add(new PdfLine(lineBaseline, lineSegments));
        }
        lineSegments.clear();
    }
}
