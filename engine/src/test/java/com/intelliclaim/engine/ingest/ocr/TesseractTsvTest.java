package com.intelliclaim.engine.ingest.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TesseractTsvTest {
    private static final String HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth"
            + "\theight\tconf\ttext\n";

    /** Rows as "block/par/line/conf/word" separated by ';'. */
    private static String tsv(String rows) {
        StringBuilder out = new StringBuilder(HEADER).append("1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t\n");
        if (rows.isBlank()) {
            return out.toString();
        }
        int word = 0;
        for (String row : rows.split(";")) {
            String[] f = row.split("/", 5);
            out.append("5\t1\t").append(f[0]).append('\t').append(f[1]).append('\t').append(f[2]).append('\t')
                    .append(++word).append("\t10\t10\t50\t20\t").append(f[3]).append('\t').append(f[4]).append('\n');
        }
        return out.toString();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "one line          | 1/1/1/90/Room;1/1/1/80/rent          | Room rent                  | 85.0 | 2",
        "two lines         | 1/1/1/90/Room;1/1/2/90/rent          | 'Room\nrent'               | 90.0 | 2",
        "new block gap     | 1/1/1/90/Plan;2/1/1/70/A             | 'Plan\n\nA'                | 80.0 | 2",
        "non-words skipped | 1/1/1/-1/ ;1/1/1/60/Cover             | Cover                      | 60.0 | 1",
        "bad conf skipped  | 1/1/1/x/junk;1/1/1/50/Sum             | Sum                        | 50.0 | 1",
        "blank page        | ''                                   | ''                         | 0.0  | 0"})
    void readsLinesAndMeanConfidence(String label, String rows, String text, double confidence, int words) {
        OcrText read = TesseractTsv.read(tsv(rows));

        assertThat(read.text()).isEqualTo(text);
        assertThat(read.confidence()).isEqualTo(confidence);
        assertThat(read.words()).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"empty output|''", "garbage|'not\ta\ttsv'", "short rows|'5\t1\t1'"})
    void toleratesOutputWithoutWordRows(String label, String output) {
        assertThat(TesseractTsv.read(output)).isEqualTo(new OcrText("", 0, 0));
    }
}
