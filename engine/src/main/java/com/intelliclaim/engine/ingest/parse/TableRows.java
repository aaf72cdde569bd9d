package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes table rows with their column headers, the one row format of Word and PDF tables: the header row is written
 * as it is; each later row is its first cell, then {@code "header: cell"} for the other cells (just the cell when its
 * header is empty or the same as the cell, nothing when the cell is empty), joined by {@code " | "}, e.g.
 * {@code "Room rent | Plan A: 1% of SI | Plan B: 2% of SI"}. A row is then a complete statement on its own.
 */
final class TableRows {
    static final String SEPARATOR = " | ";

    private TableRows() {
    }

    /** The rows of a table whose first row is its header; cell {@code i} of a row is under header cell {@code i}. */
    static List<String> withHeaders(List<List<String>> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return lines;
        }
        List<String> header = rows.get(0);
        lines.add(String.join(SEPARATOR, header.stream().filter(h -> !h.isEmpty()).toList()));
        for (List<String> row : rows.subList(1, rows.size())) {
            lines.add(row(header, row));
        }
        return lines;
    }

    /**
     * One row: {@code cells.get(0)} as it is, then each other non-empty cell named by {@code names.get(i)} (a
     * missing or empty name leaves the cell bare).
     */
    static String row(List<String> names, List<String> cells) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            String name = i < names.size() && i > 0 ? names.get(i) : "";
            parts.add(name.isEmpty() || name.equals(cell) ? cell : name + ": " + cell);
        }
        return String.join(SEPARATOR, parts);
    }
}
