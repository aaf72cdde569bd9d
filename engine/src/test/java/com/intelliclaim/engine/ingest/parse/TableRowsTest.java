package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TableRowsTest {
    /** Rows separated by ';', cells by ','. */
    private static List<List<String>> table(String rows) {
        return Arrays.stream(rows.split(";")).map(r -> Arrays.stream(r.split(",", -1)).map(String::strip).toList())
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '#', value = {
        "benefit rows      # Benefit,Plan A,Plan B;Room rent,1%,2%     # Benefit | Plan A | Plan B/Room rent | Plan A: 1% | Plan B: 2%",
        "empty cell        # Benefit,Plan A,Plan B;ICU,,5%             # Benefit | Plan A | Plan B/ICU | Plan B: 5%",
        "no header name    # Benefit,,Limit;Ambulance,Road,Rs. 2000    # Benefit | Limit/Ambulance | Road | Limit: Rs. 2000",
        "cell equals head  # Item,Covered;Yes,Covered                  # Item | Covered/Yes | Covered",
        "header only       # Benefit,Plan A                            # Benefit | Plan A",
        "ragged row        # A,B;x,y,z                                 # A | B/x | B: y | z"})
    void writesEachRowWithItsColumnHeaders(String label, String rows, String lines) {
        assertThat(TableRows.withHeaders(table(rows))).containsExactly(lines.split("/"));
    }
}
