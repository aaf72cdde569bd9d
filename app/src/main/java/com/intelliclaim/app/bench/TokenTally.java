package com.intelliclaim.app.bench;

import com.intelliclaim.engine.ingest.chunk.TokenCounter;
import java.util.List;
import java.util.Locale;

/**
 * How many tokens a model runs over for some texts: each text's word pieces plus [CLS] and [SEP], cut at the model's
 * limit. The embedding time of a small BERT model grows about linearly with this number.
 *
 * @param texts how many texts
 * @param embedded tokens the model runs over, after the cut
 * @param whole tokens of the texts without the cut
 * @param cut texts longer than the limit
 * @param limit the model's limit, special tokens included
 */
record TokenTally(int texts, long embedded, long whole, int cut, int limit) {
    static TokenTally of(List<String> texts, TokenCounter counter, int limit) {
        long embedded = 0;
        long whole = 0;
        int cut = 0;
        for (String text : texts) {
            int tokens = counter.count(text) + 2;
            whole += tokens;
            embedded += Math.min(tokens, limit);
            cut += tokens > limit ? 1 : 0;
        }
        return new TokenTally(texts.size(), embedded, whole, cut, limit);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d of %d tokens (%d texts, %.1f each; %d cut at %d)", embedded, whole, texts,
                texts == 0 ? 0.0 : embedded / (double) texts, cut, limit);
    }
}
