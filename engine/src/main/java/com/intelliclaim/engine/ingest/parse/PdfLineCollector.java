package com.intelliclaim.engine.ingest.parse;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Runs PDFBox's text extraction over the document and keeps, instead of a flat string, each page's lines with the
 * positions of their text runs. PDFBox still decides where words and lines break (it does that well); the positions
 * let the parser find headers, gutters and table cells afterwards. A page's lines depend on that page alone, so a
 * long document is read by two threads, each with its own copy of the document (PDFBox documents are not
 * thread-safe), taking the next unread run of pages in turn. Not thread-safe: one instance per reader.
 */
final class PdfLineCollector extends PDFTextStripper {
    /** Documents shorter than this are read by one thread: a second copy would cost more than it saves. */
    static final int PARALLEL_FROM_PAGES = 8;
    /** A long document is read in this many runs of pages, shared out between the readers. */
    private static final int RUNS = 32;

    private final List<List<PdfLine>> pages;
    private final AtomicBoolean stop;
    private final List<PdfLine.Segment> lineSegments = new ArrayList<>();
    private List<PdfLine> currentPage;
    private float lineBaseline;

    private PdfLineCollector(List<List<PdfLine>> pages, AtomicBoolean stop) throws IOException {
        this.pages = pages;
        this.stop = stop;
        setSortByPosition(true);
        // Beads would split a page into separately sorted articles; the column logic needs one top-to-bottom order.
        setShouldSeparateByBeads(false);
    }

    /** The lines of every page, indexed by page number - 1, read by this thread alone. */
    static List<List<PdfLine>> collect(PDDocument document) throws IOException {
        return collect(document, null);
    }

    /**
     * The lines of every page, indexed by page number - 1; pages without content streams are empty lists. When
     * {@code copy} is given and the document is long, a second thread reads pages from the copy it opens (and closes)
     * while this one reads from {@code document}. Interrupting the calling thread stops both at their next page with a
     * {@link CancellationException}; a failure of either reader is thrown here.
     */
    static List<List<PdfLine>> collect(PDDocument document, Callable<PDDocument> copy) throws IOException {
        int count = document.getNumberOfPages();
        List<List<PdfLine>> pages = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            pages.add(new ArrayList<>());
        }
        AtomicInteger next = new AtomicInteger(1);
        AtomicBoolean stop = new AtomicBoolean();
        FutureTask<Void> helper = null;
        if (copy != null && count >= PARALLEL_FROM_PAGES && Runtime.getRuntime().availableProcessors() > 1) {
            helper = new FutureTask<>(() -> {
                try (PDDocument second = copy.call()) {
                    new PdfLineCollector(pages, stop).readPages(second, next, count);
                }
                return null;
            });
            Thread thread = new Thread(helper, "pdf-reader");
            thread.setDaemon(true);
            thread.start();
        }
        try {
            new PdfLineCollector(pages, stop).readPages(document, next, count);
        } catch (IOException | RuntimeException e) {
            stop.set(true);
            join(helper, stop);
            throw e;
        }
        join(helper, stop);
        return pages;
    }

    /**
     * Reads the next unread run of pages until none is left or the readers are told to stop. PDFBox walks the whole
     * page tree on every call, so runs are a 32nd of the document (at least one page): the walks stay linear in the
     * page count, and the last run leaves the other reader idle for little.
     */
    private void readPages(PDDocument document, AtomicInteger next, int count) throws IOException {
        Writer nowhere = Writer.nullWriter();
        int run = Math.max(1, count / RUNS);
        for (int first = next.getAndAdd(run); first <= count && !stop.get(); first = next.getAndAdd(run)) {
            setStartPage(first);
            setEndPage(Math.min(count, first + run - 1));
            writeText(document, nowhere);
        }
    }

    /**
     * Waits for the second reader; its failure is thrown here. When the caller is interrupted while waiting, the
     * second reader is told to stop and the interrupt is kept for the caller.
     */
    private static void join(FutureTask<Void> helper, AtomicBoolean stop) throws IOException {
        if (helper == null) {
            return;
        }
        try {
            helper.get();
        } catch (InterruptedException e) {
            stop.set(true);
            Thread.currentThread().interrupt();
            throw new CancellationException("parsing cancelled");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IOException("The second page reader failed", e.getCause());
        }
    }

    /** Cancellation is interruption of the calling thread: a long PDF stops at the next page rather than at its end. */
    @Override
    protected void startPage(PDPage page) {
        if (Thread.currentThread().isInterrupted()) {
            stop.set(true);
            throw new CancellationException("parsing cancelled at page " + getCurrentPageNo());
        }
        if (stop.get()) {
            throw new CancellationException("parsing stopped at page " + getCurrentPageNo());
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
