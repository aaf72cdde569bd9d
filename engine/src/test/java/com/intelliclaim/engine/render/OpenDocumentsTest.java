package com.intelliclaim.engine.render;

import com.intelliclaim.engine.testing.TestPdfs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real PDFs opened by PDFBox; the opener only records what it opened so the test can see what was closed. */
class OpenDocumentsTest {
    @TempDir
    Path tmp;

    private final List<PDDocument> opened = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger opens = new AtomicInteger();

    private OpenDocuments documents(int capacity) {
        return new OpenDocuments(capacity, file -> {
            opens.incrementAndGet();
            PDDocument document = Loader.loadPDF(file.toFile());
            opened.add(document);
            return document;
        });
    }

    private Path pdf(String name, int pages) throws IOException {
        String[] texts = new String[pages];
        for (int i = 0; i < pages; i++) {
            texts[i] = name + " page " + (i + 1);
        }
        return Files.write(tmp.resolve(name + ".pdf"), TestPdfs.ofPages(texts));
    }

    private static boolean isClosed(PDDocument document) {
        return document.getDocument().isClosed();
    }

    @Test
    void aSecondDrawOfTheSameFileUsesTheOpenDocument() throws IOException {
        Path a = pdf("a", 3);
        try (OpenDocuments open = documents(2)) {
            assertThat(open.with(a, PDDocument::getNumberOfPages)).isEqualTo(3);
            assertThat(open.with(a, PDDocument::getNumberOfPages)).isEqualTo(3);

            assertThat(opens).hasValue(1);
            assertThat(open.size()).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "capacity {0}: after drawing {1}, {2} is closed and {3} stay open")
    @CsvSource({
            "1, a b,     a,   1",
            "2, a b c,   a,   2",
            "2, a b a c, b,   2",
            "3, a b c a, '',  3",
    })
    void theLeastRecentlyUsedDocumentIsClosedWhenAnotherOpens(int capacity, String drawn, String closed, int stay)
            throws IOException {
        try (OpenDocuments open = documents(capacity)) {
            Map<String, PDDocument> byName = new HashMap<>();
            for (String name : drawn.split(" ")) {
                Path file = Files.exists(tmp.resolve(name + ".pdf")) ? tmp.resolve(name + ".pdf") : pdf(name, 2);
                PDDocument used = open.with(file, d -> d);
                byName.putIfAbsent(name, used);
            }

            for (var entry : byName.entrySet()) {
                assertThat(isClosed(entry.getValue())).as(entry.getKey()).isEqualTo(entry.getKey().equals(closed));
            }
            assertThat(open.size()).isEqualTo(stay);
        }
    }

    @Test
    void forgettingAFileClosesItsDocumentAndTheNextDrawOpensItAgain() throws IOException {
        Path a = pdf("a", 2);
        try (OpenDocuments open = documents(2)) {
            PDDocument first = open.with(a, d -> d);

            assertThat(open.forget(a)).isTrue();
            assertThat(isClosed(first)).isTrue();
            assertThat(open.forget(a)).isFalse();
            // A deleted original must not be held open (Windows refuses to delete an open file).
            Files.delete(a);
            pdf("a", 4);
            assertThat(open.with(a, PDDocument::getNumberOfPages)).isEqualTo(4);
            assertThat(opens).hasValue(2);
        }
    }

    @Test
    void closingClosesEveryDocumentAndRefusesLaterDraws() throws IOException {
        Path a = pdf("a", 1);
        Path b = pdf("b", 1);
        OpenDocuments open = documents(3);
        open.with(a, d -> d);
        open.with(b, d -> d);

        open.close();

        assertThat(opened).hasSize(2).allMatch(OpenDocumentsTest::isClosed);
        assertThatThrownBy(() -> open.with(a, PDDocument::getNumberOfPages))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("closed");
    }

    @Test
    void aFileThatIsNotAPdfIsNotKept() throws IOException {
        Path text = Files.writeString(tmp.resolve("notes.pdf"), "not a PDF at all");
        try (OpenDocuments open = documents(2)) {
            assertThatThrownBy(() -> open.with(text, PDDocument::getNumberOfPages)).isInstanceOf(IOException.class);
            assertThat(open.size()).isZero();
        }
    }

    @Test
    void concurrentDrawsNeverShareADocumentAndEachGetsItsFile() throws Exception {
        List<Path> files = List.of(pdf("a", 1), pdf("b", 2), pdf("c", 3));
        Set<PDDocument> inUse = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicInteger overlaps = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try (OpenDocuments open = documents(2)) {
            List<Future<Boolean>> draws = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                int pick = i % files.size();
                draws.add(pool.submit(() -> open.with(files.get(pick), d -> {
                    if (!inUse.add(d)) {
                        overlaps.incrementAndGet();
                    }
                    try {
                        boolean right = !isClosed(d) && d.getNumberOfPages() == pick + 1;
                        new org.apache.pdfbox.rendering.PDFRenderer(d).renderImage(0, 0.3f);
                        return right;
                    } finally {
                        inUse.remove(d);
                    }
                })));
            }
            for (Future<Boolean> draw : draws) {
                assertThat(draw.get()).isTrue();
            }
            assertThat(overlaps).hasValue(0);
            assertThat(open.size()).isLessThanOrEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(opened).allMatch(OpenDocumentsTest::isClosed);
    }
}
