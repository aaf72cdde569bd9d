package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.OcrFailedException;
import com.intelliclaim.engine.api.OcrUnavailableException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrException;
import com.intelliclaim.engine.ingest.ocr.OcrText;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** OCRs one page image of a file into a {@link PageText}, turning OCR failures into errors that name file and page. */
final class PageOcr {
    private static final Logger LOG = LoggerFactory.getLogger(PageOcr.class);

    private final OcrEngine engine;

    PageOcr(OcrEngine engine) {
        this.engine = engine;
    }

    /**
     * @throws OcrUnavailableException when the OCR program is missing
     * @throws OcrFailedException when it could not read this page
     */
    PageText read(Path file, int number, BufferedImage image) {
        long started = System.nanoTime();
        try {
            OcrText text = engine.read(image);
            LOG.debug("OCR of page {} ({}x{} px): {} words, confidence {} in {} ms", number, image.getWidth(),
                    image.getHeight(), text.words(), Math.round(text.confidence()),
                    (System.nanoTime() - started) / 1_000_000);
            return PageText.ocr(number, TextCleaner.normalizeWhitespace(TextCleaner.joinHyphenatedWords(text.text())),
                    text.confidence());
        } catch (OcrException e) {
            if (e.unavailable()) {
                throw new OcrUnavailableException(file, "page " + number + " is a scan and needs OCR: "
                        + e.getMessage() + ".", e);
            }
            throw new OcrFailedException(file, "page " + number + ": " + e.getMessage() + ".", e);
        }
    }
}
