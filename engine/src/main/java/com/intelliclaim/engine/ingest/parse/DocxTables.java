package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Turns a Word table into lines a reader (and the retriever) can understand on their own: the header row once, then
 * every other row as its first cell followed by "header: cell" for the rest, cells separated by {@code " | "}, e.g.
 * {@code "Room rent | Plan A: 1% of SI | Plan B: 2% of SI"}. A row is then a complete statement, so a search for
 * "room rent for Plan A" finds it even far from the header.
 */
final class DocxTables {
    private DocxTables() {
    }

    static List<String> rows(XWPFTable table) {
        List<List<String>> cells = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> texts = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                texts.add(cell.getText().replaceAll("\\s+", " ").strip());
            }
            if (texts.stream().anyMatch(t -> !t.isEmpty())) {
                cells.add(texts);
            }
        }
        return TableRows.withHeaders(cells);
    }
}
