package com.intelliclaim.engine.ingest.parse;

import com.intelliclaim.engine.api.CorruptDocumentException;
import com.intelliclaim.engine.api.DocumentException;
import com.intelliclaim.engine.api.DocumentTooLargeException;
import com.intelliclaim.engine.api.UnsupportedFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads Word documents (.docx) with Apache POI: paragraphs in order, heading paragraphs (styles Heading 1 … 9 and
 * Title) on lines of their own between blank lines so the chunker takes them as headings, list paragraphs with the
 * numbers Word would show ("1.", "a)", "•"), and tables row by row with the header row repeated into each row (see
 * {@link DocxTables}). Word has no fixed pages: hard page breaks start a new page, so a document without them is one
 * page. Zip bombs are refused by POI's {@link ZipSecureFile} limits. Stateless and thread-safe.
 */
public final class DocxDocumentParser implements DocumentParser {
    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** No part of a claim's Word file expands beyond this; larger parts are refused as zip bombs. */
    static final long MAX_PART_BYTES = 200L * 1024 * 1024;
    /** A part that expands more than 100 times its compressed size is a zip bomb (POI's default ratio). */
    static final double MIN_INFLATE_RATIO = 0.01;
    private static final Logger LOG = LoggerFactory.getLogger(DocxDocumentParser.class);

    static {
        // POI keeps these limits in static fields; every reader of .docx in the engine wants the same ones.
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
    }

    @Override
    public boolean accepts(SourceDocument source) {
        return FileType.sniff(source.bytes()) == FileType.DOCX;
    }

    /**
     * @throws UnsupportedFormatException when the content is not a .docx
     * @throws DocumentTooLargeException for a zip bomb or a part over the size limit
     * @throws CorruptDocumentException when it is damaged
     */
    @Override
    public ParsedDocument parse(SourceDocument source) throws DocumentException {
        FileType type = FileType.sniff(source.bytes());
        if (type != FileType.DOCX) {
            throw new UnsupportedFormatException(source.path(), "it is not a Word document: it looks like "
                    + type.description() + ".");
        }
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(source.bytes()))) {
            return new ParsedDocument(MEDIA_TYPE, pages(document));
        } catch (CancellationException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (isZipBomb(e)) {
                LOG.info("Refused {}: {}", source.name(), e.getMessage());
                throw new DocumentTooLargeException(source.path(), "the Word document expands to far more data than"
                        + " its size (it looks like a zip bomb), so it was not opened.", e);
            }
            LOG.debug("POI could not read {}", source.name(), e);
            throw new CorruptDocumentException(source.path(), "the Word document is damaged and cannot be read. Open"
                    + " it in Word to check it, or save it again and add the new copy.", e);
        }
    }

    private static List<PageText> pages(XWPFDocument document) {
        List<PageText> pages = new ArrayList<>();
        StringBuilder page = new StringBuilder();
        ListNumbers numbers = new ListNumbers();
        for (IBodyElement element : document.getBodyElements()) {
            if (Thread.currentThread().isInterrupted()) {
                throw new CancellationException("ingest cancelled");
            }
            if (element instanceof XWPFParagraph paragraph) {
                if (paragraph.isPageBreak() && !page.toString().isBlank()) {
                    newPage(pages, page);
                }
                appendParagraph(document, paragraph, numbers, page);
                if (endsWithPageBreak(paragraph)) {
                    newPage(pages, page);
                }
            } else if (element instanceof XWPFTable table) {
                page.append('\n');
                DocxTables.rows(table).forEach(row -> page.append(row).append('\n'));
                page.append('\n');
            }
        }
        newPage(pages, page);
        return pages;
    }

    private static void newPage(List<PageText> pages, StringBuilder page) {
        if (!page.toString().isBlank() || pages.isEmpty()) {
            pages.add(new PageText(pages.size() + 1, TextCleaner.normalizeWhitespace(page.toString()).strip()));
        }
        page.setLength(0);
    }

    private static void appendParagraph(XWPFDocument document, XWPFParagraph paragraph, ListNumbers numbers,
            StringBuilder page) {
        String text = paragraph.getText().replace('\t', ' ').strip();
        if (text.isEmpty()) {
            page.append('\n');
            return;
        }
        if (headingLevel(document, paragraph) > 0) {
            page.append('\n').append(text.replaceAll("[.:]+$", "")).append("\n\n");
            return;
        }
        if (paragraph.getNumID() != null) {
            int level = paragraph.getNumIlvl() == null ? 0 : paragraph.getNumIlvl().intValue();
            String marker = numbers.next(paragraph.getNumID(), level, paragraph.getNumFmt(),
                    paragraph.getNumLevelText());
            text = marker.isEmpty() ? text : marker + " " + text;
        }
        page.append(text).append('\n');
    }

    /** 1 to 9 for Heading 1 … 9 (Title counts as 1), 0 for body text; by style id or by style name. */
    static int headingLevel(XWPFDocument document, XWPFParagraph paragraph) {
        String id = paragraph.getStyleID();
        if (id == null) {
            return 0;
        }
        String name = id;
        XWPFStyle style = document.getStyles() == null ? null : document.getStyles().getStyle(id);
        if (style != null && style.getName() != null) {
            name = style.getName();
        }
        String key = name.replace(" ", "").toLowerCase(Locale.ROOT);
        if (key.equals("title")) {
            return 1;
        }
        if (key.matches("heading[1-9]")) {
            return key.charAt(key.length() - 1) - '0';
        }
        return 0;
    }

    private static boolean endsWithPageBreak(XWPFParagraph paragraph) {
        for (XWPFRun run : paragraph.getRuns()) {
            if (run.getCTR().getBrList().stream().anyMatch(br -> br.getType() == STBrType.PAGE)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("Zip bomb")) {
                return true;
            }
        }
        return false;
    }
}
