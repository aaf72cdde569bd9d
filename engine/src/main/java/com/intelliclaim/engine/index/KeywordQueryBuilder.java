package com.intelliclaim.engine.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns free text into a query from the analyzer's tokens only, so no character or word of the text has query-syntax
 * meaning and no input can make parsing fail. Each unique term is a SHOULD clause on the text, heading and clause
 * fields; adjacent word pairs add a small phrase boost. At most {@link #MAX_TERMS} unique terms are used, so pasting
 * a whole page costs no more than a long question.
 */
final class KeywordQueryBuilder {
    static final int MAX_TERMS = 64;
    static final int MAX_PHRASES = 32;
    /** Tokens read at most, so a huge text with few unique words still stops early. */
    private static final int MAX_TOKENS_READ = 4096;
    private static final float HEADING_BOOST = 1.5f;
    private static final float CLAUSE_BOOST = 2.0f;
    private static final float PHRASE_BOOST = 0.5f;

    private final Analyzer analyzer;

    KeywordQueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The query, or null when the text has no searchable terms. */
    Query build(String text) {
        Set<String> terms = new LinkedHashSet<>();
        List<String[]> pairs = new ArrayList<>();
        readTokens(text, terms, pairs);
        if (terms.isEmpty()) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String term : terms) {
            query.add(new TermQuery(new Term(LuceneFields.TEXT, term)), BooleanClause.Occur.SHOULD);
            query.add(boosted(new TermQuery(new Term(LuceneFields.HEADING, term)), HEADING_BOOST),
                    BooleanClause.Occur.SHOULD);
            query.add(boosted(new TermQuery(new Term(LuceneFields.CLAUSE, term)), CLAUSE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        for (String[] pair : pairs) {
            query.add(boosted(new PhraseQuery(LuceneFields.TEXT, pair[0], pair[1]), PHRASE_BOOST),
                    BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    private void readTokens(String text, Set<String> terms, List<String[]> pairs) {
        try (TokenStream stream = analyzer.tokenStream(LuceneFields.TEXT, new StringReader(text))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            String previous = null;
            int read = 0;
            while (stream.incrementToken() && read++ < MAX_TOKENS_READ) {
                String current = term.toString();
                // Only truly adjacent words make a phrase; a removed stop word leaves a gap (increment > 1).
                if (previous != null && increment.getPositionIncrement() == 1 && pairs.size() < MAX_PHRASES) {
                    addPair(pairs, previous, current);
                }
                if (terms.size() < MAX_TERMS) {
                    terms.add(current);
                } else if (!terms.contains(current)) {
                    break;
                }
                previous = current;
            }
            stream.end();
        } catch (IOException e) {
            // Reading from a StringReader cannot fail for I/O reasons.
            throw new UncheckedIOException(e);
        }
    }

    private static void addPair(List<String[]> pairs, String first, String second) {
        for (String[] pair : pairs) {
            if (pair[0].equals(first) && pair[1].equals(second)) {
                return;
            }
        }
        pairs.add(new String[] {first, second});
    }

    private static Query boosted(Query query, float boost) {
        return new BoostQuery(query, boost);
    }
}
