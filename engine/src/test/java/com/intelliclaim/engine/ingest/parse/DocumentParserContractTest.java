package com.intelliclaim.engine.ingest.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.EmptyDocumentException;
import com.intelliclaim.engine.testing.TestSources;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every {@link DocumentParser} must do. One subclass per implementation supplies the parser and its inputs. */
abstract class DocumentParserContractTest {
    static final List<String> PAGES = List.of(
            "Alpha section covers hospital room rent",
            "Bravo section lists the waiting periods",
            "Charlie section explains the claim procedure");

    /** The parser under test. */
    protected abstract DocumentParser parser();

    /** A source in the parser's format whose pages, in order, hold exactly the given one-line texts. */
    protected abstract SourceDocument sourceWithPages(List<String> pageTexts);

    /** A file name typical of the parser's format, such as "policy.pdf". */
    protected abstract String typicalName();

    @Test
    void acceptsItsOwnFormat() {
        assertThat(parser().accepts(sourceWithPages(PAGES))).isTrue();
    }

    @Test
    void numbersPagesFromOneInOrderWithTheirText() {
        ParsedDocument parsed = parser().parse(sourceWithPages(PAGES));

        assertThat(parsed.pages()).extracting(PageText::number).containsExactly(1, 2, 3);
        assertThat(parsed.pages()).extracting(PageText::text).containsExactlyElementsOf(PAGES);
        assertThat(parsed.mediaType()).isNotBlank();
    }

    @Test
    void refusesAnEmptyFileNamingIt() {
        SourceDocument empty = TestSources.of(typicalName(), new byte[0]);

        assertThatThrownBy(() -> parser().parse(empty))
                .isInstanceOf(EmptyDocumentException.class)
                .hasMessageContaining(typicalName())
                .hasMessageContaining("empty");
    }

    @Test
    void givesTheSameResultFromSeveralThreads() throws Exception {
        SourceDocument source = sourceWithPages(PAGES);
        ParsedDocument expected = parser().parse(source);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ParsedDocument>> results = pool.invokeAll(
                    List.of(() -> parser().parse(source), () -> parser().parse(source), () -> parser().parse(source)));
            for (Future<ParsedDocument> result : results) {
                assertThat(result.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
