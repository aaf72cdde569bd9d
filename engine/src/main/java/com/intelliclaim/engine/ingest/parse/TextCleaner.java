package com.intelliclaim.engine.ingest.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text clean-up shared by the parsers. Pure functions of their input; thread-safe. */
final class TextCleaner {
    /** Unicode spaces (NBSP, thin, figure …) and tabs all become a plain space; zero-width characters vanish. */
    private static final Pattern ODD_SPACES = Pattern.compile("[\\t\\x0B\\p{Zs}&&[^ ]]");
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern SPACE_RUNS = Pattern.compile(" {2,}");
    private static final Pattern BLANK_LINE_RUNS = Pattern.compile("\n{3,}");
    /** A letter, a hyphen (or soft hyphen) ending the line, then a lowercase word: one word broken by layout. */
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\p{L})[-\\u00AD]\n(\\p{Ll}\\S*) ?");

    private TextCleaner() {
    }

    /**
     * Line breaks become {@code '\n'}; odd spaces become spaces; no runs of spaces, no leading or trailing spaces on a
     * line; at most one blank line in a row and none at the start or end.
     */
    static String normalizeWhitespace(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        s = ODD_SPACES.matcher(s).replaceAll(" ");
        s = ZERO_WIDTH.matcher(s).replaceAll("");
        s = SPACE_RUNS.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        for (String line : s.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        s = BLANK_LINE_RUNS.matcher(out).replaceAll("\n\n");
        return s.strip();
    }

    /**
     * Joins words hyphenated across a line end ("hospital-\nisation" becomes "hospitalisation"). The second half moves
     * up to the first line so the line structure (one table row or heading per line) is kept. Only a letter, hyphen,
     * line break and lowercase letter qualify: "Non-\nMedical" and "2019-\n20" stay as they are.
     */
    static String joinHyphenatedWords(String text) {
        Matcher m = LINE_END_HYPHEN.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            boolean restOfLineEmpty = m.end() == text.length() || text.charAt(m.end()) == '\n';
            String replacement = restOfLineEmpty ? m.group(1) : m.group(1) + "\n";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
