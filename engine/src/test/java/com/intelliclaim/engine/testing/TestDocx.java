package com.intelliclaim.engine.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Builds Word documents in memory with Apache POI, as Word writes them: heading styles named "heading 1" …,
 * numbered lists defined in the numbering part (level 0 "%1.", level 1 "%2)" lower-case letters), tables, page breaks.
 */
public final class TestDocx {
    private final XWPFDocument document = new XWPFDocument();
    private BigInteger list;

    private TestDocx() {
        XWPFStyles styles = document.createStyles();
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            styles.addStyle(new XWPFStyle(style));
        }
    }

    public static TestDocx builder() {
        return new TestDocx();
    }

    public TestDocx heading(int level, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle("Heading" + level);
        p.createRun().setText(text);
        return this;
    }

    public TestDocx paragraph(String text) {
        document.createParagraph().createRun().setText(text);
        return this;
    }

    /** A list item at level 0 (numbered 1., 2. …) or 1 (a), b) …); all items belong to one list. */
    public TestDocx item(int level, String text) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(list());
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
        return this;
    }

    public TestDocx table(List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size(), rows.get(0).size());
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                table.getRow(r).getCell(c).setText(rows.get(r).get(c));
            }
        }
        return this;
    }

    public TestDocx pageBreak() {
        document.createParagraph().createRun().addBreak(BreakType.PAGE);
        return this;
    }

    public byte[] build() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            document.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BigInteger list() {
        if (list == null) {
            CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
            abstractNum.setAbstractNumId(BigInteger.ZERO);
            level(abstractNum.addNewLvl(), 0, STNumberFormat.DECIMAL, "%1.");
            level(abstractNum.addNewLvl(), 1, STNumberFormat.LOWER_LETTER, "%2)");
            XWPFNumbering numbering = document.createNumbering();
            list = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(abstractNum)));
        }
        return list;
    }

    private static void level(CTLvl lvl, int level, STNumberFormat.Enum format, String text) {
        lvl.setIlvl(BigInteger.valueOf(level));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}
