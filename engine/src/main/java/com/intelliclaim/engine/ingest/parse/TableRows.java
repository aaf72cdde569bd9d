package com.intelliclaim.engine.ingest.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes table rows with their column headers: the first row is the header and is written as it is; each later
 * row is its first cell, then {@code "header: cell"} for the other cells (just the cell when its header is empty,
 * nothing when the cell is empty), joined by {@code " | "}.
 */
final class TableRows {
    static final String SEPARATOR = " | ";

    private TableRows() {
    }

    static List<String> withHeaders(List<List<String>> rows) {
        List<String> lines = new ArrayList<>(rows.size());
        if (rows.isEmpty()) {
            return lines;
        }
        List<String> header = rows.get(0);
        lines.add(String.join(SEPARATOR, header.stream().filter(h -> !h.isEmpty()).toList()));
        for (List<String> row : rows.subList(1, rows.size())) {
            List<String> parts = new ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                if (cell.isEmpty()) {
                    continue;
                }
                String name = i < header.size() && i > 0 ? header.get(i) : "";
                parts.add(name.isEmpty() || name.equals(cell) ? cell : name + ": " + cell);
            }
            lines.add(String.join(SEPARATOR, parts));
        }
        return lines;
    }
}
