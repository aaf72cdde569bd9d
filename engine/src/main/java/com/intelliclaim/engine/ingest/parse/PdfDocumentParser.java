package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.EncryptedDocumentException;
import com.intelliclaim.engine.api.NoTextLayerException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
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
 * Reads PDFs with a text layer using PDFBox. Besides plain extraction it removes running headers and footers, joins
 * words hyphenated across line ends, keeps table rows on one line (cells separated by {@code " | "}), reads two-column
 * pages column by column and normalises whitespace. Blank pages stay, as empty pages, so page numbers match the PDF.
 * Stateless and thread-safe.
 */
public final class PdfDocumentParser implements DocumentParser {
    public static final String MEDIA_TYPE = "application/pdf";
    /** A page with fewer letters than this has no real text layer (scanned pages often carry a stray stamp). */
    static final int MIN_LETTERS_PER_TEXT_PAGE = 20;
    /** Writers put the end-of-file marker at the very end; 2 KB allows for trailing junk some tools add. */
    private static final int EOF_WINDOW = 2048;
    private static final Logger LOG = LoggerFactory.getLogger(PdfDocumentParser.class);

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
     * @throws NoTextLayerException when no page has real text (a scan)
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        checkLooksLikePdf(source);
        long started = System.nanoTime();
        List<List<PdfLine>> lines = extractLines(source);
        if (lines.isEmpty()) {
            throw new EmptyDocumentException(source.path(), "the PDF has no pages, so there is nothing to read.");
        }
        if (lines.stream().noneMatch(PdfDocumentParser::hasRealText)) {
            throw new NoTextLayerException(source.path(), "none of its " + lines.size() + " pages has a text layer;"
                    + " it looks scanned: it needs OCR, which this version cannot do yet.");
        }
        List<List<PdfLine>> body = RunningHeaders.remove(lines);
        List<PageText> pages = new ArrayList<>(body.size());
        for (int i = 0; i < body.size(); i++) {
            String text = ColumnLayout.read(body.get(i));
            pages.add(new PageText(i + 1, TextCleaner.normalizeWhitespace(TextCleaner.joinHyphenatedWords(text))));
        }
        LOG.debug("Parsed {} ({} pages) in {} ms", source.name(), pages.size(), (System.nanoTime() - started) / 1_000_000);
        return new ParsedDocument(MEDIA_TYPE, pages);
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

    private static List<List<PdfLine>> extractLines(SourceDocument source) {
        try (PDDocument document = Loader.loadPDF(source.bytes())) {
            return PdfLineCollector.collect(document);
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException(source.path(), "the PDF is protected by a password. Open it in a PDF"
                    + " viewer, save a copy without the password, and add that copy.", e);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // PDFBox reports damaged structure as IOException and, for some malformed content, as runtime errors.
            LOG.debug("PDFBox could not read {}", source.name(), e);
            throw new CorruptDocumentException(source.path(), "the PDF is damaged and cannot be read. Open it in a PDF"
                    + " viewer to check it, or get a new copy.", e);
        }
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

    private static boolean hasRealText(List<PdfLine> lines) {
        int letters = 0;
        for (PdfLine line : lines) {
            for (PdfLine.Segment s : line.segments()) {
                letters += (int) s.text().chars().filter(Character::isLetter).count();
            }
            if (letters >= MIN_LETTERS_PER_TEXT_PAGE) {
                return true;
            }
        }
        return false;
    }
}
