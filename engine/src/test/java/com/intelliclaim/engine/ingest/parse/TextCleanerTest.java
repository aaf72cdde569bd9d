package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextCleanerTest {
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            runs of spaces          | "a   b    c"                  | "a b c"
            trailing spaces         | "line one   \\nline two  "   | "line one\\nline two"
            leading spaces          | "   indented"                 | "indented"
            nbsp and tabs           | "Sum\\u00A0Insured\\tlimit"   | "Sum Insured limit"
            crlf and cr             | "one\\r\\ntwo\\rthree"        | "one\\ntwo\\nthree"
            blank line runs         | "one\\n\\n\\n\\ntwo"          | "one\\n\\ntwo"
            blank lines of spaces   | "one\\n   \\n \\n\\ntwo"      | "one\\n\\ntwo"
            edges                   | "\\n\\n  one  \\n\\n"         | "one"
            zero width              | "co\\u200Bpay\\uFEFFment"     | "copayment"
            """)
    void normalisesWhitespace(String rule, String input, String expected) {
        assertThat(TextCleaner.normalizeWhitespace(unescape(input))).as(rule).isEqualTo(unescape(expected));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            joined, rest moves down  | "hospital-\\nisation is covered"  | "hospitalisation\\nis covered"
            joined, word alone       | "hospital-\\nisation\\nnext"      | "hospitalisation\\nnext"
            punctuation kept         | "pre-exist-\\ning, and more"     | "pre-existing,\\nand more"
            capital not joined       | "Non-\\nMedical"                  | "Non-\\nMedical"
            digit not joined         | "2019-\\n20"                      | "2019-\\n20"
            mid-line hyphen kept     | "co-payment applies"            | "co-payment applies"
            hyphen then space kept   | "pre- and post-\\n"               | "pre- and post-\\n"
            soft hyphen              | "hospital\\u00AD\\nisation"       | "hospitalisation"
            """)
    void joinsHyphenatedWords(String rule, String input, String expected) {
        assertThat(TextCleaner.joinHyphenatedWords(unescape(input))).as(rule).isEqualTo(unescape(expected));
    }

    /** CSV cells cannot hold control characters, so tests write them as Java escapes. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append(next);
            }
        }
        return out.toString();
    }
}
