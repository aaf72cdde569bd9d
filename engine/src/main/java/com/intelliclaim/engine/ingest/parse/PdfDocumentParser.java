package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.EncryptedDocumentException;
import com.intelliclaim.engine.api.NoTextLayerException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrOptions;
import com.intelliclaim.engine.ingest.ocr.TesseractCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads PDFs using PDFBox. Besides plain extraction it removes running headers and footers, joins words hyphenated
 * across line ends, keeps table rows on one line (cells separated by {@code " | "}), reads two-column pages column by
 * column and normalises whitespace. Pages route one by one: a page with readable text keeps it; a page with none or
 * with garbage (a broken font encoding) is rendered and read by OCR when an OCR engine is given, and carries its OCR
 * confidence. Blank pages stay, as empty pages, so page numbers match the PDF. Thread-safe when its OCR engine is.
 */
public final class PdfDocumentParser implements DocumentParser {
    public static final String MEDIA_TYPE = "application/pdf";
    /** Writers put the end-of-file marker at the very end; 2 KB allows for trailing junk some tools add. */
    private static final int EOF_WINDOW = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentParser.class);

    private final OcrEngine ocr;
    private final OcrOptions options;

    /** A parser for text layers only: a PDF whose pages are all scans is refused. */
    public PdfDocumentParser() {
        this(null, OcrOptions.DEFAULTS);
    }

    /** A parser that reads pages without usable text through the OCR engine. */
    public PdfDocumentParser(OcrEngine ocr, OcrOptions options) {
        this.ocr = ocr;
        this.options = options;
    }

    /** Accepts content with a {@code %PDF-} header in its first kilobyte, whatever the file is called. */
    @Override
    public boolean accepts(SourceDocument source) {
        return FileType.sniff(source.bytes()) == FileType.PDF;
    }

    /**
     * Extracts every page's cleaned text, page numbers from 1.
     *
     * @throws EmptyDocumentException for 0 bytes or a PDF without pages
     * @throws UnsupportedFormatException when the content is not a PDF (the message says what it looks like)
     * @throws CorruptDocumentException when the PDF is truncated or damaged
     * @throws EncryptedDocumentException when the PDF needs a password to open
     * @throws NoTextLayerException when no page has real text and there is no OCR engine
     * @throws com.intelliclaim.engine.api.OcrUnavailableException when a page needs OCR and Tesseract is missing
     * @throws com.intelliclaim.engine.api.OcrFailedException when OCR fails on a page
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        checkLooksLikePdf(source);
        long started = System.nanoTime();
        try (PDDocument document = load(source)) {
            List<PageText> pages = readPages(source, document);
            LOG.debug("Parsed {} ({} pages, {} by OCR) in {} ms", source.name(), pages.size(),
                    pages.stream().filter(PageText::isOcr).count(), (System.nanoTime() - started) / 1_000_000);
            return new ParsedDocument(MEDIA_TYPE, pages);
        } catch (DocumentException | CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged structure as IOException and, for some malformed content, as runtime errors.
            LOG.debug("PDFBox could not read {}", source.name(), e);
            throw damaged(source, e);
        }
    }

    private List<PageText> readPages(SourceDocument source, PDDocument document) throws IOException {
        List<List<PdfLine>> lines = PdfLineCollector.collect(document, () -> load(source));
        if (lines.isEmpty()) {
            throw new EmptyDocumentException(source.path(), "the PDF has no pages, so there is nothing to read.");
        }
        boolean[] readable = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            readable[i] = TextQuality.isReadable(lines.get(i));
        }
        if (ocr == null && !anyTrue(readable)) {
            throw new NoTextLayerException(source.path(), "none of its " + lines.size() + " pages has a text layer;"
                    + " it looks scanned: it needs OCR (" + TesseractCli.INSTALL_ADVICE + ").");
        }
        List<List<PdfLine>> kept = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            kept.add(readable[i] || ocr == null ? lines.get(i) : List.of());
        }
        List<List<PdfLine>> body = RunningHeaders.remove(kept);
        ScannedPages scans = ocr == null ? null : new ScannedPages(document, ocr, options, source.path());
        List<PageText> pages = new ArrayList<>(body.size());
        PdfTables tables = new PdfTables();
        for (int i = 0; i < body.size(); i++) {
            if (scans != null && !readable[i]) {
                tables.endTable();
                pages.add(scans.read(i + 1));
            } else {
                String text = ColumnLayout.read(body.get(i), tables);
                pages.add(new PageText(i + 1, TextCleaner.normalizeWhitespace(TextCleaner.joinHyphenatedWords(text))));
            }
        }
        LOG.debug("{}: {} table rows written with their headers", source.name(), tables.rowsWritten());
        return pages;
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean value : values) {
            if (value) {
                return true;
            }
        }
        return false;
    }

    private static void checkLooksLikePdf(SourceDocument source) {
        FileType type = FileType.sniff(source.bytes());
        if (type == FileType.EMPTY) {
            throw new EmptyDocumentException(source.path(), "the file is empty (0 bytes), so there is nothing to read.");
        }
        if (type != FileType.PDF) {
            throw new UnsupportedFormatException(source.path(),
                    "it is not a PDF: it looks like " + type.description() + ". " + type.advice());
        }
        if (!hasEndOfFileMarker(source.bytes())) {
            throw new CorruptDocumentException(source.path(), "the PDF is truncated (its end is missing), perhaps from"
                    + " an interrupted download or copy. Get a complete copy and add it again.");
        }
    }

    private static PDDocument load(SourceDocument source) {
        try {
            return Loader.loadPDF(source.bytes());
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source.path(), "the PDF is protected by a password. Open it in a PDF"
                    + " viewer, save a copy without the password, and add that copy.", e);
        } catch (IOException | RuntimeException e) {
            LOG.debug("PDFBox could not open {}", source.name(), e);
            throw damaged(source, e);
        }
    }

    private static CorruptDocumentException damaged(SourceDocument source, Exception cause) {
        return new CorruptDocumentException(source.path(), "the PDF is damaged and cannot be read. Open it in a PDF"
                + " viewer to check it, or get a new copy.", cause);
    }

    static boolean hasEndOfFileMarker(byte[] bytes) {
        byte[] marker = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        for (int i = bytes.length - marker.length; i >= Math.max(0, bytes.length - EOF_WINDOW); i--) {
            int j = 0;
            while (j < marker.length && bytes[i + j] == marker[j]) {
                j++;
            }
            if (j == marker.length) {
                return true;
            }
        }
        return false;
    }
}
