package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.testing.TestPdfs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfLineCollectorTest {
    private static final float[] COLUMNS = {60, 260, 420};

    @Test
    void twoReadersReadEveryPageExactlyAsOneReaderDoes() throws IOException {
        byte[] pdf = mixedPages(70); // runs of 2 pages, the last one short

        List<List<PdfLine>> alone;
        List<List<PdfLine>> together;
        AtomicInteger copies = new AtomicInteger();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            alone = PdfLineCollector.collect(document);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            together = PdfLineCollector.collect(document, () -> {
                copies.incrementAndGet();
                return Loader.loadPDF(pdf);
            });
        }

        assertThat(copies).hasValue(1);
        assertThat(together).hasSize(70).isEqualTo(alone);
        assertThat(together.get(69)).extracting(PdfLine::text).contains("Page 70 closes the wording");
    }

    @Test
    void aShortDocumentIsReadByOneThreadWithoutACopy() throws IOException {
        byte[] pdf = mixedPages(PdfLineCollector.PARALLEL_FROM_PAGES - 1);
        AtomicInteger copies = new AtomicInteger();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<List<PdfLine>> pages = PdfLineCollector.collect(document, () -> {
                copies.incrementAndGet();
                return Loader.loadPDF(pdf);
            });
            assertThat(pages).hasSize(PdfLineCollector.PARALLEL_FROM_PAGES - 1);
        }

        assertThat(copies).hasValue(0);
    }

    @Test
    void theSecondReadersFailureIsThrownToTheCaller() throws IOException {
        byte[] pdf = mixedPages(12);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThatThrownBy(() -> PdfLineCollector.collect(document, () -> {
                throw new IOException("copy unreadable");
            })).isInstanceOf(IOException.class).hasMessage("copy unreadable");
        }
    }

    @Test
    void anInterruptedCallerStopsBothReaders() throws IOException {
        byte[] pdf = mixedPages(40);
        AtomicInteger copies = new AtomicInteger();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> PdfLineCollector.collect(document, () -> {
                    copies.incrementAndGet();
                    return Loader.loadPDF(pdf);
                })).isInstanceOf(CancellationException.class);
            } finally {
                Thread.interrupted();
            }
        }

        // the copy may or may not have been opened before the stop was seen; either way collect returned
        assertThat(copies.get()).isBetween(0, 1);
    }

    /** Pages of plain lines, tables and two columns, each page's text its own. */
    private static byte[] mixedPages(int count) {
        TestPdfs.Builder builder = TestPdfs.builder().header("ACME Health Policy Wordings").footer("Page {page} of {pages}");
        for (int page = 1; page <= count; page++) {
            switch (page % 3) {
                case 0 -> builder.tablePage(COLUMNS, List.of(
                        List.of("Benefit", "Plan A", "Plan B"),
                        List.of("Room rent " + page, "1% of SI", "2% of SI"),
                        List.of("ICU " + page, "2% of SI", "5% of SI")));
                case 1 -> builder.page("Section " + page + " Cover", page + ".1 Hospitalisation expenses are paid.",
                        page + ".2 Day care procedures are paid.", "Page " + page + " closes the wording");
                default -> {
                    List<String> left = new ArrayList<>();
                    List<String> right = new ArrayList<>();
                    for (int i = 1; i <= 6; i++) {
                        left.add("Left " + page + " line " + i);
                        right.add("Right " + page + " line " + i);
                    }
                    builder.twoColumnPage("Part " + page, left, right);
                }
            }
        }
        return builder.build();
    }
}
