package com.intelliclaim.engine.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OCR through the {@code tesseract} command (Debian package {@code tesseract-ocr} with {@code tesseract-ocr-eng}):
 * one process per page, so a crash or a hung page costs that page only and is killed at the time limit. The page
 * goes in as a binary PGM file (grey, no compression cost) and comes back as TSV with a confidence per word.
 * Tesseract's own threading is limited to one thread per page ({@code OMP_THREAD_LIMIT=1}), which was faster on
 * the shared two-core machines we measured on. Thread-safe: each call uses its own temporary files.
 */
public final class TesseractCli implements OcrEngine {
    /** The message for the analyst when the program is missing, for this OS ({@link TesseractProgram}). */
    public static final String INSTALL_ADVICE = TesseractProgram.installAdvice(System.getProperty("os.name"));
    /** System property naming the tesseract executable (installers that carry their own set it). */
    public static final String EXECUTABLE_PROPERTY = "intelliclaim.tesseract";
    private static final Logger LOG = LoggerFactory.getLogger(TesseractCli.class);
    private static final int ERROR_EXCERPT = 300;

    private final String executable;
    private final String language;
    private final OcrOptions options;

    public TesseractCli(String executable, String language, OcrOptions options) {
        this.executable = executable;
        this.language = language;
        this.options = options;
    }

    /**
     * English, the executable from {@value #EXECUTABLE_PROPERTY}, else {@code tesseract} on the PATH or in this OS's
     * usual install folders ({@link TesseractProgram#locate}).
     */
    public static TesseractCli english(OcrOptions options) {
        return new TesseractCli(TesseractProgram.locate(System.getProperty(EXECUTABLE_PROPERTY),
                TesseractProgram.Machine.current()), "eng", options);
    }

    @Override
    public OcrText read(BufferedImage page) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("intelliclaim-ocr");
            Path image = dir.resolve("page.pgm");
            writePgm(Grey.of(page), image);
            String tsv = run(image, dir.resolve("out.tsv"), dir.resolve("err.txt"), page.getWidth());
            return TesseractTsv.read(tsv);
        } catch (IOException e) {
            throw OcrException.failed("the page image could not be handed to OCR (temporary files)", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private String run(Path image, Path out, Path err, int width) throws IOException {
        List<String> command = List.of(executable, image.toString(), "stdout", "-l", language, "--psm", "3",
                "--dpi", String.valueOf(options.dpi()), "tsv");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw OcrException.unavailable(INSTALL_ADVICE, e);
        }
        try {
            if (!process.waitFor(options.pageTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw OcrException.failed("OCR of a page took longer than " + limit() + " and was stopped", null);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new CancellationException("OCR cancelled");
        }
        if (process.exitValue() != 0) {
            String detail = excerpt(Files.readString(err, StandardCharsets.UTF_8));
            LOG.warn("tesseract exited with {} on a {} px wide page: {}", process.exitValue(), width, detail);
            if (detail.contains("Failed loading language") || detail.contains("Error opening data file")) {
                throw OcrException.unavailable(INSTALL_ADVICE
                        + TesseractProgram.missingEnglishAdvice(System.getProperty("os.name")), null);
            }
            throw OcrException.failed("OCR could not read a page (tesseract stopped with an error)", null);
        }
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private String limit() {
        long millis = options.pageTimeout().toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }

    private static void writePgm(BufferedImage grey, Path file) throws IOException {
        int width = grey.getWidth();
        byte[] row = new byte[width];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(String.format(Locale.ROOT, "P5\n%d %d\n255\n", width, grey.getHeight())
                    .getBytes(StandardCharsets.US_ASCII));
            for (int y = 0; y < grey.getHeight(); y++) {
                grey.getRaster().getDataElements(0, y, width, 1, row);
                out.write(row);
            }
        }
    }

    private static String excerpt(String text) {
        String oneLine = text.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= ERROR_EXCERPT ? oneLine : oneLine.substring(0, ERROR_EXCERPT) + "…";
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (var files = Files.list(dir)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            LOG.debug("Could not delete the OCR temporary folder {}", dir, e);
        }
    }
}
