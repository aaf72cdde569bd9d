package com.intelliclaim.engine.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.testing.TestScans;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractCliTest {
    private static final BufferedImage PAGE = TestScans.page(List.of(
            "Room rent is payable up to one percent of the sum insured per day.",
            "Cataract surgery is covered after a waiting period of 24 months."));

    @TempDir
    Path dir;

    @Test
    void readsTheWordsOfARenderedPageWithTheirConfidence() {
        TestScans.assumeTesseract();

        OcrText text = TesseractCli.english(OcrOptions.DEFAULTS).read(PAGE);

        assertThat(text.text()).contains("Room rent is payable").contains("waiting period of 24 months");
        assertThat(text.text().lines().filter(l -> !l.isBlank())).hasSize(2);
        assertThat(text.confidence()).isGreaterThan(80);
        assertThat(text.words()).isEqualTo(25);
    }

    @Test
    void aMissingProgramIsReportedAsUnavailableWithTheInstallAdvice() {
        TesseractCli missing = new TesseractCli(dir.resolve("no-such-tesseract").toString(), "eng",
                OcrOptions.DEFAULTS);

        assertThatThrownBy(() -> missing.read(PAGE))
                .isInstanceOfSatisfying(OcrException.class, e -> assertThat(e.unavailable()).isTrue())
                .hasMessage("install tesseract-ocr to read scanned pages");
    }

    @Test
    void aMissingLanguageIsReportedAsUnavailable() {
        TestScans.assumeTesseract();
        TesseractCli klingon = new TesseractCli("tesseract", "tlh", OcrOptions.DEFAULTS);

        assertThatThrownBy(() -> klingon.read(PAGE))
                .isInstanceOfSatisfying(OcrException.class, e -> assertThat(e.unavailable()).isTrue())
                .hasMessageContaining("install tesseract-ocr");
    }

    @Test
    void aPageThatRunsPastTheTimeLimitIsStopped() throws IOException {
        Path slow = script("sleep 30");
        TesseractCli cli = new TesseractCli(slow.toString(), "eng",
                new OcrOptions(Duration.ofMillis(500), OcrOptions.DEFAULTS.maxPixels(), 300));
        long start = System.nanoTime();

        assertThatThrownBy(() -> cli.read(PAGE))
                .isInstanceOfSatisfying(OcrException.class, e -> assertThat(e.unavailable()).isFalse())
                .hasMessage("OCR of a page took longer than 500 ms and was stopped");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aFailingProgramIsAFailureOfThePage() throws IOException {
        Path failing = script("echo 'Error in pixReadStream' >&2; exit 1");

        assertThatThrownBy(() -> new TesseractCli(failing.toString(), "eng", OcrOptions.DEFAULTS).read(PAGE))
                .isInstanceOfSatisfying(OcrException.class, e -> assertThat(e.unavailable()).isFalse())
                .hasMessage("OCR could not read a page (tesseract stopped with an error)");
    }

    private Path script(String body) throws IOException {
        Path file = dir.resolve("fake-tesseract.sh");
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}
