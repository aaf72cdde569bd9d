package com.intelliclaim.engine.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs of one page in reading order, from PDFBox's text extraction with the same settings as the ingest
 * parser (sorted by position, beads ignored), so the words come out as the indexed text was read. Not thread-safe:
 * one instance per page.
 */
final class GlyphCollector extends PDFTextStripper {
    /** Below the baseline, descenders reach about a fifth of the font size. */
    private static final float DESCENT = 0.22f;
    /** Used when a font reports no glyph height: capitals are about seven tenths of the font size. */
    private static final float CAP_HEIGHT = 0.72f;

    private final List<Glyph> glyphs = new ArrayList<>();

    private GlyphCollector(int page) throws IOException {
        setSortByPosition(true);
        setShouldSeparateByBeads(false);
        setStartPage(page);
        setEndPage(page);
    }

    /** The glyphs of page {@code page} (from 1) of the document. */
    static List<Glyph> of(PDDocument document, int page) throws IOException {
        GlyphCollector collector = new GlyphCollector(page);
        collector.getText(document);
        return collector.glyphs;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition p : positions) {
            float size = Math.abs(p.getFontSizeInPt());
            float height = p.getHeightDir() > 0 ? p.getHeightDir() : CAP_HEIGHT * size;
            float baseline = p.getYDirAdj();
            glyphs.add(new Glyph(p.getUnicode(), p.getXDirAdj(), baseline - height, p.getWidthDirAdj(), baseline,
                    baseline + DESCENT * size));
        }
    }
}
