package com.intelliclaim.engine.ingest.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.ingest.parse.PageText;
import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import java.util.ArrayList;
import java.util.List;

/** The chunker's contract, checked on any document: coverage, offsets, sizes, ordinals. */
final class ChunkAssertions {
    private ChunkAssertions() {}

    static ParsedDocument document(String... pages) {
        List<PageText> texts = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            texts.add(new PageText(i + 1, pages[i]));
        }
        return new ParsedDocument("text/plain", texts);
    }

    static void assertContract(ParsedDocument document, List<ChunkDraft> chunks, TokenCounter counter, int maxTokens) {
        for (int i = 0; i < chunks.size(); i++) {
            ChunkDraft chunk = chunks.get(i);
            assertThat(chunk.ordinal()).isEqualTo(i);
            assertThat(chunk.text()).isNotBlank();
            if (chunk.text().strip().contains(" ")) {
                assertThat(counter.count(chunk.text())).as("tokens of chunk %d", i).isLessThanOrEqualTo(maxTokens);
            }
            assertThat(chunk.text()).isEqualTo(spanText(document, chunk));
        }
        assertEveryNonBlankCharacterCovered(document, chunks);
    }

    /** The text a chunk's page range and offsets point at: within a page its substring, across pages joined by '\n'. */
    static String spanText(ParsedDocument document, ChunkDraft chunk) {
        String first = document.pages().get(chunk.page() - 1).text();
        if (chunk.page() == chunk.pageEnd()) {
            return first.substring(chunk.startOffset(), chunk.endOffset());
        }
        StringBuilder text = new StringBuilder(first.substring(chunk.startOffset()));
        for (int page = chunk.page() + 1; page < chunk.pageEnd(); page++) {
            text.append('\n').append(document.pages().get(page - 1).text());
        }
        String last = document.pages().get(chunk.pageEnd() - 1).text();
        return text.append('\n').append(last, 0, chunk.endOffset()).toString();
    }

    private static void assertEveryNonBlankCharacterCovered(ParsedDocument document, List<ChunkDraft> chunks) {
        List<boolean[]> covered = new ArrayList<>();
        document.pages().forEach(page -> covered.add(new boolean[page.text().length()]));
        for (ChunkDraft chunk : chunks) {
            for (int page = chunk.page(); page <= chunk.pageEnd(); page++) {
                boolean[] marks = covered.get(page - 1);
                int from = page == chunk.page() ? chunk.startOffset() : 0;
                int to = page == chunk.pageEnd() ? chunk.endOffset() : marks.length;
                for (int i = from; i < to; i++) {
                    marks[i] = true;
                }
            }
        }
        for (int p = 0; p < covered.size(); p++) {
            String text = document.pages().get(p).text();
            for (int i = 0; i < text.length(); i++) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    assertThat(covered.get(p)[i])
                            .as("character %d of page %d ('%s') is in a chunk", i, p + 1, text.charAt(i))
                            .isTrue();
                }
            }
        }
    }
}
