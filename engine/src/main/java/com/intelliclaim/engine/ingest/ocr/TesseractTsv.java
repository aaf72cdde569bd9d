package com.intelliclaim.engine.ingest.ocr;

/**
 * Reads Tesseract's TSV output (one row per page, block, paragraph, line and word; words are level 5 with a
 * confidence from 0 to 100) into lines of text and a mean word confidence. Rows that do not parse are skipped.
 */
final class TesseractTsv {
    private static final int WORD_LEVEL = 5;
    private static final int COLUMNS = 12;

    private TesseractTsv() {
    }

    static OcrText read(String tsv) {
        StringBuilder text = new StringBuilder();
        StringBuilder line = new StringBuilder();
        String lineKey = null;
        String blockKey = null;
        double confidenceSum = 0;
        int words = 0;
        for (String row : tsv.split("\r?\n")) {
            String[] cells = row.split("\t", -1);
            if (cells.length < COLUMNS || !cells[0].equals(String.valueOf(WORD_LEVEL))) {
                continue;
            }
            String word = cells[11].strip();
            double confidence = parseConfidence(cells[10]);
            if (word.isEmpty() || confidence < 0) {
                continue;
            }
            String block = cells[1] + '/' + cells[2];
            String key = block + '/' + cells[3] + '/' + cells[4];
            if (!key.equals(lineKey)) {
                flush(text, line, blockKey != null && !block.equals(blockKey));
                lineKey = key;
                blockKey = block;
            }
            if (!line.isEmpty()) {
                line.append(' ');
            }
            line.append(word);
            confidenceSum += confidence;
            words++;
        }
        flush(text, line, false);
        return new OcrText(text.toString(), words == 0 ? 0 : Math.min(100, confidenceSum / words), words);
    }

    private static void flush(StringBuilder text, StringBuilder line, boolean newBlock) {
        if (!line.isEmpty()) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
            line.setLength(0);
        }
        if (newBlock && !text.isEmpty()) {
            text.append('\n');
        }
    }

    private static double parseConfidence(String cell) {
        try {
            return Double.parseDouble(cell.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
