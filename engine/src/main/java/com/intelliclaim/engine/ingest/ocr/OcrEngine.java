package com.intelliclaim.engine.ingest.ocr;

import java.awt.image.BufferedImage;

/** Reads the words of a page image (optical character recognition). */
public interface OcrEngine {
    /**
     * Recognises the text of one page image. Blocks until done; thread-safe (each call is independent).
     *
     * @param page a page image, ideally 8-bit grey at about 300 DPI; not modified
     * @return the page's lines in reading order, with the mean word confidence
     * @throws OcrException when the OCR program is missing, fails or runs past its time limit
     * @throws java.util.concurrent.CancellationException when the calling thread is interrupted
     */
    OcrText read(BufferedImage page);
}
