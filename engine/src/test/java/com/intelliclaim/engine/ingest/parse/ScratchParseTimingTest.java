package com.intelliclaim.engine.ingest.parse;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ScratchParseTimingTest {
    @Test
    void time() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("/work/shared/evaldata/policies/CHOTGDP23004V012223.pdf"));
        for (int round = 0; round < 6; round++) {
            long a = System.nanoTime();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                PDFTextStripper s = new PDFTextStripper(); s.setSortByPosition(true); s.getText(d);
            }
            long b = System.nanoTime();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                PDFTextStripper s = new PDFTextStripper(); s.setSortByPosition(true);
                for (int p = 1; p <= d.getNumberOfPages(); p++) { s.setStartPage(p); s.setEndPage(p); s.writeText(d, Writer.nullWriter()); }
            }
            long c = System.nanoTime();
            try (PDDocument d = Loader.loadPDF(pdf)) { PdfLineCollector.collect(d); }
            long e = System.nanoTime();
            try (PDDocument d = Loader.loadPDF(pdf)) { PdfLineCollector.collect(d, () -> Loader.loadPDF(pdf)); }
            long f = System.nanoTime();
            System.out.printf("SCRATCH round %d: stripper whole %d ms, stripper per page %d ms, collect one %d, collect two %d%n", round,
                    (b - a) / 1_000_000, (c - b) / 1_000_000, (e - c) / 1_000_000, (f - e) / 1_000_000);
        }
    }
}
