package com.intelliclaim.engine.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** What every {@link KeywordIndex} must do; one subclass per implementation. */
abstract class KeywordIndexContractTest {
    static final List<KeywordEntry> POLICY = List.of(
            new KeywordEntry(1, 100, "Expenses for cataract surgery are payable after a waiting period of 24 months.",
                    "Section 4 > Waiting periods", "4.2"),
            new KeywordEntry(2, 100, "Road ambulance charges are payable up to Rs. 2,000 per hospitalisation.",
                    "Section 3 > Ambulance", "3.1"),
            new KeywordEntry(3, 100, "Any disease contracted within 30 days of the policy start is excluded.",
                    "Section 4 > Exclusions", "Excl01"),
            new KeywordEntry(4, 200, "Cataract treatment is covered up to 25% of the sum insured per eye.",
                    "Benefits", "2.21"),
            new KeywordEntry(5, 200, "The insurer's liability for room rent is limited to 1% of the sum insured.",
                    "Benefits", "2.22"));

    protected KeywordIndex index;

    protected abstract KeywordIndex createIndex() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        index = createIndex();
        index.add(POLICY.subList(0, 3));
        index.add(POLICY.subList(3, 5));
    }

    @AfterEach
    void tearDown() {
        index.close();
    }

    @Test
    void bestMatchComesFirst() {
        List<ScoredChunk> hits = index.search("waiting period for cataract surgery", 5, DocumentFilter.ALL);
        assertThat(hits).extracting(ScoredChunk::chunkId).startsWith(1L).contains(4L);
        assertThat(hits).extracting(ScoredChunk::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            30 days                    | 3
            excl01                     | 3
            EXCL01                     | 3
            clause 2.21                | 4
            surgeries                  | 1
            insurer liability          | 5
            ambulance                  | 2
            """)
    void policyWordingIsFindable(String query, long expectedFirst) {
        assertThat(index.search(query, 3, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .first().isEqualTo(expectedFirst);
    }

    @Test
    void kIsRespected() {
        assertThat(index.search("sum insured cataract payable", 2, DocumentFilter.ALL)).hasSize(2);
        assertThat(index.search("sum insured cataract payable", 1, DocumentFilter.ALL)).hasSize(1);
    }

    @Test
    void filterIsRespected() {
        assertThat(index.search("cataract", 5, DocumentFilter.only(200))).extracting(ScoredChunk::chunkId)
                .containsExactly(4L);
        assertThat(index.search("cataract", 5, new DocumentFilter(Set.of()))).isEmpty();
        assertThat(index.search("cataract", 5, new DocumentFilter(Set.of(100L, 200L)))).hasSize(2);
    }

    @Test
    void removeDocumentRemovesItsChunks() {
        index.removeDocument(100);
        index.removeDocument(999);
        assertThat(index.search("cataract ambulance days", 10, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .containsExactly(4L);
    }

    @Test
    void sameChunkIdReplacesTheOldText() {
        index.add(List.of(new KeywordEntry(2, 100, "Domiciliary hospitalisation is covered.", "Section 3", "3.1")));
        assertThat(index.search("ambulance", 5, DocumentFilter.ALL)).isEmpty();
        assertThat(index.search("domiciliary", 5, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .containsExactly(2L);
    }

    @Test
    void headingAndClauseAreSearchable() {
        assertThat(index.search("exclusions", 5, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId)
                .containsExactly(3L);
    }

    @ParameterizedTest
    @MethodSource("hostileQueries")
    void hostileQueriesNeverThrow(String query) {
        assertThatCode(() -> index.search(query, 5, DocumentFilter.ALL)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '\u0000', textBlock = """
            ''
            AND OR NOT
            ((((
            *
            ?
            the of and
            """)
    void queriesWithoutTermsGiveEmptyLists(String query) {
        assertThat(index.search(query == null ? "" : query, 5, DocumentFilter.ALL)).isEmpty();
    }

    @Test
    void operatorsAndQuotesAreTakenLiterally() {
        assertThat(index.search("\"cataract\" AND (surgery) OR -ambulance~2 NOT room^5 [a TO z] title:x",
                5, DocumentFilter.ALL)).extracting(ScoredChunk::chunkId).contains(1L, 2L);
    }

    static List<String> hostileQueries() {
        StringBuilder huge = new StringBuilder();
        int word = 0;
        while (huge.length() < 100_000) {
            huge.append("word").append(word++).append(" cataract ((AND \"* ");
        }
        List<String> queries = new ArrayList<>(List.of("", "AND OR NOT", "((((", "*", "\"", "\\", "a:b:c", "~",
                "title:(x OR", "{!lucene}", "/regex/", "\u0000\uFFFF", "\uD83D\uDE00 emoji"));
        queries.add(huge.toString());
        return queries;
    }
}
