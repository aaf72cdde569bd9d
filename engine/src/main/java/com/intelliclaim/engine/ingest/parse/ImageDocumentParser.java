package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrOptions;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads pictures of pages (PNG, JPEG, TIFF with one or more pages, GIF) through OCR, one page per image frame. Each
 * frame's size is read from its header before it is decoded, so an image over the pixel limit is refused without
 * using the memory it would need. Thread-safe when its OCR engine is.
 */
public final class ImageDocumentParser implements DocumentParser {
    /** A multi-page TIFF with more frames than this is refused (a fax of a claim is tens of pages). */
    static final int MAX_FRAMES = 500;

    private final PageOcr ocr;
    private final OcrOptions options;

    public ImageDocumentParser(OcrEngine engine, OcrOptions options) {
        this.ocr = new PageOcr(engine);
        this.options = options;
    }

    /** Accepts content that is a PNG, JPEG, TIFF or GIF image by its magic bytes. */
    @Override
    public boolean accepts(SourceDocument source) {
        return FileType.sniff(source.bytes()).isImage();
    }

    /**
     * OCRs every frame, pages numbered from 1; each page carries its OCR confidence. The media type is the image's.
     *
     * @throws UnsupportedFormatException when the content is not an image
     * @throws DocumentTooLargeException when a frame is over the pixel limit or the file has too many frames
     * @throws CorruptDocumentException when the image cannot be decoded
     * @throws com.intelliclaim.engine.api.OcrUnavailableException when Tesseract is not installed
     * @throws com.intelliclaim.engine.api.OcrFailedException when OCR fails on a page
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        FileType type = FileType.sniff(source.bytes());
        if (!type.isImage()) {
            throw new UnsupportedFormatException(source.path(), "it is not an image: it looks like "
                    + type.description() + ".");
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(source.bytes()))) {
            ImageReader reader = readerFor(source, type, input);
            try {
                reader.setInput(input, false, true);
                return new ParsedDocument(mediaType(type), readFrames(source, reader));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DocumentException || e instanceof CancellationException) {
                throw (RuntimeException) e;
            }
            throw new CorruptDocumentException(source.path(), "it looks like " + type.description() + ", but the"
                    + " image is damaged and cannot be read. Open it in an image viewer to check it, or get a new"
                    + " copy.", e);
        }
    }

    private List<PageText> readFrames(SourceDocument source, ImageReader reader) throws IOException {
        int frames = reader.getNumImages(true);
        if (frames > MAX_FRAMES) {
            throw new DocumentTooLargeException(source.path(), "the image has " + frames + " pages, more than the"
                    + " limit of " + MAX_FRAMES + ". Split it into smaller files.");
        }
        List<PageText> pages = new ArrayList<>(frames);
        for (int i = 0; i < frames; i++) {
            checkPixels(source, i + 1, reader.getWidth(i), reader.getHeight(i));
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("ingest cancelled");
            }
            BufferedImage image = reader.read(i);
            pages.add(ocr.read(source.path(), i + 1, image));
        }
        return pages;
    }

    private void checkPixels(SourceDocument source, int page, int width, int height) {
        long pixels = (long) width * height;
        if (pixels > options.maxPixels()) {
            throw new DocumentTooLargeException(source.path(), String.format(Locale.ROOT, "page %d of the image is"
                    + " %d x %d pixels (%.0f megapixels), more than the limit of %.0f megapixels. Scan it at 300 DPI"
                    + " or reduce its size and add it again.", page, width, height, pixels / 1e6,
                    options.maxPixels() / 1e6));
        }
    }

    private static ImageReader readerFor(SourceDocument source, FileType type, ImageInputStream input) {
        Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
        if (readers == null || !readers.hasNext()) {
            throw new CorruptDocumentException(source.path(), "it looks like " + type.description() + ", but the"
                    + " image is damaged or of a kind that cannot be decoded. Save it as PNG or PDF and add it again.",
                    null);
        }
        return readers.next();
    }

    private static String mediaType(FileType type) {
        return switch (type) {
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
            case TIFF -> "image/tiff";
            case GIF -> "image/gif";
            default -> throw new IllegalArgumentException("not an image type: " + type);
        };
    }
}
