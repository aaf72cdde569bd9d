package com.intelliclaim.engine.ingest.chunk;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deterministic stand-in for the model's tokenizer: words and punctuation marks, times 1.3 rounded up (word pieces
 * run about a third above words in policy English).
 */
final class WordTokenCounter implements TokenCounter {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    @Override
    public int count(String text) {
        Matcher m = TOKEN.matcher(text);
        int tokens = 0;
        while (m.find()) {
            tokens++;
        }
        return (int) Math.ceil(tokens * 1.3);
    }
}
