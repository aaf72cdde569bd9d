package com.intelliclaim.app.ask;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.ingest.parse.PageText;
import java.util.OptionalDouble;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OcrNoteTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "text layer      | -1   | ''",
        "confident OCR   | 91.4 | ' · read by OCR (91%)'",
        "threshold       | 70   | ' · read by OCR (70%)'",
        "doubtful OCR    | 62.5 | ' · ⚠ read by OCR, low confidence (63%): check the original'",
        "blank scan      | 0    | ' · ⚠ read by OCR, low confidence (0%): check the original'"})
    void saysHowAPageWasRead(String label, double confidence, String note) {
        PageText page = new PageText(1, "text", confidence < 0 ? OptionalDouble.empty() : OptionalDouble.of(confidence));

        assertThat(OcrNote.of(page)).isEqualTo(note);
    }
}
