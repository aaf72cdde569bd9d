package com.intelliclaim.app.ask;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a cited passage sits in a page's text. Chunk text and page text may differ in line breaks and spacing, so
 * words are matched with any whitespace between them; when the whole passage is not found (a passage running over
 * two pages), its opening words are tried, then its closing words.
 */
record CitedSpan(int start, int end) {
    private static final int PROBE_WORDS = 8;

    static Optional<CitedSpan> in(String page, String cited) {
        String[] words = cited == null ? new String[0] : cited.strip().split("\\s+");
        if (page == null || words.length == 0 || words[0].isEmpty()) {
            return Optional.empty();
        }
        Optional<CitedSpan> whole = find(page, words);
        if (whole.isPresent() || words.length <= PROBE_WORDS) {
            return whole;
        }
        Optional<CitedSpan> head = find(page, Arrays.copyOfRange(words, 0, PROBE_WORDS));
        return head.isPresent() ? head.map(s -> new CitedSpan(s.start(), page.length()))
                : find(page, Arrays.copyOfRange(words, words.length - PROBE_WORDS, words.length))
                .map(s -> new CitedSpan(0, s.end()));
    }

    private static Optional<CitedSpan> find(String page, String[] words) {
        StringBuilder regex = new StringBuilder();
        for (String word : words) {
            if (!regex.isEmpty()) {
                regex.append("\\s+");
            }
            regex.append(Pattern.quote(word));
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(page);
        return m.find() ? Optional.of(new CitedSpan(m.start(), m.end())) : Optional.empty();
    }
}
