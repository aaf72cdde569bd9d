package com.intelliclaim.engine.render;

import com.intelliclaim.engine.api.TextBox;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matching rules over laid-out glyphs: each page line is drawn with 6-point-wide glyphs, 14 points apart; the
 * expected boxes are given as (line, first column, last column) of the glyphs they cover.
 */
class SpanLocatorTest {
    private static final float WIDTH = 6;
    private static final float LEADING = 14;

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void findsTheCitedWordsLineByLine(String label, List<String> lines, String cited, List<int[]> expected) {
        List<TextBox> boxes = SpanLocator.locate(glyphs(lines), cited);

        assertThat(boxes).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            int[] e = expected.get(i);
            TextBox box = boxes.get(i);
            assertThat(box.y()).as("line of box %d", i).isEqualTo(e[0] * LEADING + 2);
            assertThat(box.x()).as("start of box %d", i).isEqualTo(e[1] * WIDTH);
            assertThat(box.x() + box.width()).as("end of box %d", i).isEqualTo((e[2] + 1) * WIDTH);
        }
    }

    static Stream<Arguments> cases() {
        List<String> policy = List.of(
                "2.1 Hospital means any institution",
                "with at least ten in-patient beds.",
                "4.2 Cataract is covered after hospital-",
                "isation of two years.");
        return Stream.of(
                Arguments.of("one line exactly", policy, "with at least ten in-patient beds.",
                        List.of(new int[] {1, 0, 32})),
                Arguments.of("over a line break, other spacing and case", policy,
                        "any   INSTITUTION with at least", List.of(new int[] {0, 19, 33}, new int[] {1, 0, 12})),
                Arguments.of("a word hyphenated across lines, joined as the parser does", policy,
                        "covered after hospitalisation of two years", List.of(new int[] {2, 16, 37}, new int[] {3, 0, 19})),
                Arguments.of("table bars and extra words around a found part", policy,
                        "Clause | 2.1 | Hospital means any institution | (see annexure Z)",
                        List.of(new int[] {0, 0, 33})),
                Arguments.of("a passage that runs on to the next page: its opening is found", policy,
                        "isation of two years. 4.3 Hernia is covered after 24 months of continuous cover",
                        List.of(new int[] {3, 0, 19})),
                Arguments.of("words not on the page", policy, "Ambulance charges up to Rs 2,000", List.of()),
                Arguments.of("a short citation is matched whole", policy, "after", List.of(new int[] {2, 24, 28})),
                Arguments.of("nothing cited", policy, "  ", List.of()));
    }

    /** Every character a glyph, spaces included (PDFBox gives spaces no glyph box of their own, so skip them). */
    private static List<Glyph> glyphs(List<String> lines) {
        List<Glyph> glyphs = new ArrayList<>();
        for (int row = 0; row < lines.size(); row++) {
            String line = lines.get(row);
            float baseline = row * LEADING + 10;
            for (int col = 0; col < line.length(); col++) {
                if (line.charAt(col) != ' ') {
                    glyphs.add(new Glyph(String.valueOf(line.charAt(col)), col * WIDTH, baseline - 8, WIDTH, baseline,
                            baseline + 2));
                }
            }
        }
        return glyphs;
    }
}
