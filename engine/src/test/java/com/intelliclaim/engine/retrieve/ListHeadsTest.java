package com.intelliclaim.engine.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.store.StoredChunk;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which earlier passage heads the list a passage continues: the walk back, where it stops, and how far it goes. */
class ListHeadsTest {
    private static final String HEADER = "2) Specified disease/procedure waiting period (Code - Excl02)\na. Expenses"
            + " related to the listed conditions shall be excluded until the expiry of 24 months.";
    private static final String LEAD_IN = "as defined under the norms on portability.\nf. List of specific diseases is"
            + " as below\n1. Cataract | 2. Hernia";
    private static final String ITEMS = "18. Surgery on tonsils\n19. Diseases of gall bladder | 20. Pancreatitis";
    private static final String PROSE = "The Company will pay the reasonable charges for an ambulance up to Rs 2,000.";
    private static final String ITEM_HIT = "33. Bariatric surgery | 34. Parkinson's disease";

    static Stream<Arguments> walks() {
        return Stream.of(
                Arguments.of("items back to the header", List.of(HEADER, ITEMS, ITEMS, ITEMS, ITEM_HIT), 0),
                Arguments.of("a lead-in that starts mid-sentence, back to where its clause starts",
                        List.of(HEADER, LEAD_IN, ITEMS, ITEMS, ITEM_HIT), 0),
                Arguments.of("the passage before is the header", List.of(PROSE, HEADER, ITEM_HIT), 1),
                Arguments.of("prose between: not the same list", List.of(HEADER, PROSE, ITEMS, ITEM_HIT), -1),
                Arguments.of("further back than the reach",
                        List.of(HEADER, ITEMS, ITEMS, ITEMS, ITEMS, ITEMS, ITEM_HIT), -1),
                Arguments.of("a hit that opens its own list", List.of(HEADER, ITEMS, HEADER), -1),
                Arguments.of("a hit that is not a list item", List.of(HEADER, ITEMS, PROSE), -1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walks")
    void findsTheHeader(String name, List<String> texts, int expected) {
        Map<Long, StoredChunk> chunks = new HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            chunks.put(100L + i, chunk(7, i, texts.get(i)));
        }
        StoredChunk hit = chunks.get(100L + texts.size() - 1);

        StoredChunk header = ListHeads.headerOf(hit, chunks);

        assertThat(header == null ? -1 : header.ordinal()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("walks")
    void staysInTheHitsDocument(String name, List<String> texts, int expected) {
        Map<Long, StoredChunk> chunks = new HashMap<>();
        for (int i = 0; i < texts.size() - 1; i++) {
            chunks.put(100L + i, chunk(6, i, texts.get(i)));
        }
        StoredChunk hit = chunk(7, texts.size() - 1, texts.get(texts.size() - 1));
        chunks.put(100L + texts.size() - 1, hit);

        assertThat(ListHeads.headerOf(hit, chunks)).isNull();
    }

    private static StoredChunk chunk(long documentId, int ordinal, String text) {
        return new StoredChunk(100L + ordinal, documentId, "sha" + documentId, "policy.pdf", ordinal, text, 1, 1, null,
                null, 0, text.length());
    }
}
