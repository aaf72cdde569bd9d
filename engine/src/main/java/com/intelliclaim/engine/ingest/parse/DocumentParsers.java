package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import com.intelliclaim.engine.ingest.ocr.OcrEngine;
import com.intelliclaim.engine.ingest.ocr.OcrOptions;
import com.intelliclaim.engine.ingest.ocr.TesseractCli;
import java.util.List;

/**
 * Picks the parser for a file: the first in its list that accepts the source. Parsers judge by content first, so a
 * PDF named {@code .txt} is still read as a PDF. Files no parser accepts are refused with a message that says what
 * they look like (an image, a Word document …) and what to do. Immutable and thread-safe when its parsers are.
 */
public final class DocumentParsers implements DocumentParser {
    private final List<DocumentParser> parsers;

    /** Parsers in order of preference; the list is copied. */
    public DocumentParsers(List<DocumentParser> parsers) {
        if (parsers.isEmpty()) {
            throw new IllegalArgumentException("at least one parser is needed");
        }
        this.parsers = List.copyOf(parsers);
    }

    /** PDF (scanned pages through Tesseract), Word, images through Tesseract, e-mail, then plain text. */
    public static DocumentParsers defaults() {
        OcrOptions options = OcrOptions.DEFAULTS;
        OcrEngine ocr = TesseractCli.english(options);
        return new DocumentParsers(List.of(new PdfDocumentParser(ocr, options), new DocxDocumentParser(),
                new ImageDocumentParser(ocr, options), new EmailDocumentParser(), new TextDocumentParser()));
    }

    /** The parsers in the order they are asked; unmodifiable. */
    public List<DocumentParser> parsers() {
        return parsers;
    }

    /** Whether any of the parsers accepts the source. */
    @Override
    public boolean accepts(SourceDocument source) {
        return parsers.stream().anyMatch(p -> p.accepts(source));
    }

    /**
     * Parses with the first accepting parser.
     *
     * @throws EmptyDocumentException for 0 bytes, whatever the file is called
     * @throws UnsupportedFormatException when no parser accepts the source; the message says what it looks like
     * @throws DocumentException whatever the chosen parser throws
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        if (source.bytes().length == 0) {
            throw new EmptyDocumentException(source.path(), "the file is empty (0 bytes), so there is nothing to read.");
        }
        for (DocumentParser parser : parsers) {
            if (parser.accepts(source)) {
                return parser.parse(source);
            }
        }
        FileType type = FileType.sniff(source.bytes());
        throw new UnsupportedFormatException(source.path(), "this kind of file cannot be read: it looks like "
                + type.description() + ". " + type.advice());
    }
}
