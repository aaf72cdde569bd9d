package com.intelliclaim.engine.ingest.chunk;

import static com.intelliclaim.engine.ingest.chunk.ChunkAssertions.assertContract;
import static com.intelliclaim.engine.ingest.chunk.ChunkAssertions.document;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StructureChunkerTest {
    private final TokenCounter counter = new WordTokenCounter();
    private final StructureChunker chunker = new StructureChunker(counter);

    static Stream<Arguments> documents() {
        return Stream.of(
                arguments("numbered sub-clauses under a heading",
                        new String[] {"3 BENEFITS\n3.1 In-patient Treatment\nThe Company shall pay for in-patient "
                                + "treatment.\n3.2 Pre Hospitalisation\nMedical expenses incurred during 30 days "
                                + "before admission are covered.\n"},
                        List.of("3.1 | 3 BENEFITS > 3.1 In-patient Treatment | 1-1",
                                "3.2 | 3 BENEFITS > 3.2 Pre Hospitalisation | 1-1")),
                arguments("one definition per chunk",
                        new String[] {"2 DEFINITIONS\n2.1 Accident means a sudden, unforeseen event.\n"
                                + "2.2 Hospital means any institution registered as a hospital.\n"
                                + "2.3 Insured Person means the person named in the schedule.\n"},
                        List.of("2.1 | 2 DEFINITIONS | 1-1", "2.2 | 2 DEFINITIONS | 1-1",
                                "2.3 | 2 DEFINITIONS | 1-1")),
                arguments("short dotted sibling clauses stay apart so each can be cited",
                        new String[] {"1. Waiting periods\n1.1 Minor procedures: no waiting period.\n"
                                + "1.2 Major procedures: covered after 3 months.\n"},
                        List.of("1.1 | 1. Waiting periods | 1-1", "1.2 | 1. Waiting periods | 1-1")),
                arguments("short numbered list items merge under their heading",
                        new String[] {"4 EXCLUSIONS\nThe Company shall not be liable for:\n1. War and invasion.\n"
                                + "2. Nuclear contamination.\n3. Self-inflicted injury.\n"},
                        List.of("4 | 4 EXCLUSIONS | 1-1")),
                arguments("lettered items stay with their definition",
                        new String[] {"3.1.14 Maternity\nMaternity Expenses means;\na) medical treatment expenses "
                                + "traceable to childbirth;\nb) expenses towards lawful termination of pregnancy.\n"},
                        List.of("3.1.14 | 3.1.14 Maternity | 1-1")),
                arguments("a heading on each page",
                        new String[] {"1 PREAMBLE\nThis policy covers hospitalisation in India.\n",
                            "2 DEFINITIONS\n2.1 Accident means a sudden event.\n"},
                        List.of("1 | 1 PREAMBLE | 1-1", "2.1 | 2 DEFINITIONS | 2-2")),
                arguments("a clause continues over the page break",
                        new String[] {"5 CONDITIONS\n5.1 Notice of claim shall be given\nwithin 48 hours of admission",
                            "and the documents shall reach\nthe Company within 15 days.\n"},
                        List.of("5.1 | 5 CONDITIONS | 1-2")),
                arguments("parts nest unnumbered headings",
                        new String[] {"Part I\nGENERAL TERMS\nThe policy is a contract of indemnity.\nPart II\n"
                                + "BENEFITS\nBenefits are listed in the schedule.\n"},
                        List.of("Part I | Part I > GENERAL TERMS | 1-1", "Part II | Part II > BENEFITS | 1-1")),
                arguments("an unnumbered heading nests under the clause heading",
                        new String[] {"3.1.15 Infertility\nThe Company shall pay for infertility treatment.\n\n"
                                + "Exclusions\nDiagnostic tests related to infertility are not covered.\n"},
                        List.of("3.1.15 | 3.1.15 Infertility | 1-1",
                                "3.1.15 | 3.1.15 Infertility > Exclusions | 1-1")),
                arguments("coded exclusions too long to merge stay apart",
                        new String[] {"EXCLUSIONS\nCode- Excl01 " + sentence("pre-existing disease", 9)
                                + "\nCode- Excl02 " + sentence("specified disease", 9) + "\n"},
                        List.of("Excl01 | EXCLUSIONS | 1-1", "Excl02 | EXCLUSIONS | 1-1")),
                arguments("text before any heading has no clause",
                        new String[] {"Whereas the proposer has applied for this insurance and paid the premium.\n"},
                        List.of("null | null | 1-1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void chunksAlongStructure(String name, String[] pages, List<String> expected) {
        ParsedDocument document = document(pages);

        List<ChunkDraft> chunks = chunker.chunk(document);

        assertThat(chunks)
                .extracting(c -> c.clause() + " | " + c.heading() + " | " + c.page() + "-" + c.pageEnd())
                .containsExactlyElementsOf(expected);
        assertContract(document, chunks, counter, ChunkingOptions.DEFAULT_MAX_TOKENS);
    }

    @Test
    void offsetsPointAtTheChunkTextOnItsPage() {
        ParsedDocument document = document(
                "  1 PREAMBLE  \n\n   The Company undertakes to pay.\n2 DEFINITIONS\n2.1 Accident means a sudden event.",
                "\n\n2.2 Hospital means an institution.\n   \n3 BENEFITS\nIn-patient care is covered.  \n\n");

        List<ChunkDraft> chunks = chunker.chunk(document);

        assertThat(chunks).hasSize(4).allMatch(c -> c.page() == c.pageEnd());
        for (ChunkDraft chunk : chunks) {
            String page = document.pages().get(chunk.page() - 1).text();
            assertThat(page.substring(chunk.startOffset(), chunk.endOffset())).isEqualTo(chunk.text());
        }
        assertThat(chunks.get(0).text()).isEqualTo("1 PREAMBLE  \n\n   The Company undertakes to pay.");
        assertThat(chunks.get(2).text()).isEqualTo("2.2 Hospital means an institution.");
    }

    @Test
    void aClauseSpanningThreePagesIsOneChunkWithItsPageRange() {
        ParsedDocument document = document(
                "6 CLAIMS\n6.3 Claim documents shall include the discharge summary,",
                "the final bill, the pharmacy bills and the investigation reports,",
                "together with the claim form signed by the insured person.\n7 GRIEVANCES\nWrite to us.");

        List<ChunkDraft> chunks = chunker.chunk(document);

        ChunkDraft claim = chunks.get(0);
        assertThat(claim.clause()).isEqualTo("6.3");
        assertThat(claim.page()).isEqualTo(1);
        assertThat(claim.pageEnd()).isEqualTo(3);
        assertThat(claim.text()).startsWith("6 CLAIMS").endsWith("signed by the insured person.");
        assertThat(chunks.get(1).heading()).isEqualTo("7 GRIEVANCES");
        assertContract(document, chunks, counter, ChunkingOptions.DEFAULT_MAX_TOKENS);
    }

    @Test
    void aLongClauseIsCutAtSentencesWithOverlapAndKeepsItsNumber() {
        String clause = "7 CLAIMS\n7.3 Claim Settlement\n" + IntStream.rangeClosed(1, 60)
                .mapToObj(i -> "Sentence " + i + " says the Company shall settle claim number " + i
                        + " within fifteen days of the last document.")
                .collect(Collectors.joining(" "));
        ParsedDocument document = document(clause);

        List<ChunkDraft> chunks = chunker.chunk(document);

        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks).allSatisfy(c -> {
            assertThat(c.clause()).isEqualTo("7.3");
            assertThat(c.heading()).isEqualTo("7 CLAIMS > 7.3 Claim Settlement");
            assertThat(c.text()).endsWith("document.");
        });
        for (int i = 1; i < chunks.size(); i++) {
            ChunkDraft previous = chunks.get(i - 1);
            ChunkDraft next = chunks.get(i);
            assertThat(next.startOffset()).as("piece %d overlaps the one before", i).isLessThan(previous.endOffset());
            assertThat(next.text()).startsWith("Sentence ");
            String overlap = clause.substring(next.startOffset(), previous.endOffset());
            assertThat(counter.count(overlap)).isBetween(1, ChunkingOptions.DEFAULT_OVERLAP_TOKENS);
        }
        assertContract(document, chunks, counter, ChunkingOptions.DEFAULT_MAX_TOKENS);
    }

    @Test
    void aLongClauseWithoutSentencesIsCutAtLinesThenWords() {
        String lines = IntStream.rangeClosed(1, 80)
                .mapToObj(i -> "item " + i + " covered when medically necessary")
                .collect(Collectors.joining("\n"));
        String words = "word ".repeat(600).trim();
        ParsedDocument document = document("9 ANNEXURE\n9.1 Items\n" + lines, "9.2 Words\n" + words);

        List<ChunkDraft> chunks = chunker.chunk(document);

        assertThat(chunks).filteredOn(c -> "9.1".equals(c.clause())).hasSizeGreaterThan(1)
                .allSatisfy(c -> assertThat(c.text()).endsWith("necessary"));
        assertThat(chunks).filteredOn(c -> "9.2".equals(c.clause())).hasSizeGreaterThan(1);
        assertContract(document, chunks, counter, ChunkingOptions.DEFAULT_MAX_TOKENS);
    }

    @Test
    void tableRowsAreNeverCut() {
        List<String> rows = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Benefit " + i + "    Rs. " + i + ",000 per day    Covered up to 30 days | Network only")
                .toList();
        ParsedDocument document = document("TABLE OF BENEFITS\nThe limits below apply per insured person.\n"
                + String.join("\n", rows));
        ChunkingOptions small = new ChunkingOptions(60, 10, 80, 15);
        StructureChunker smallChunker = new StructureChunker(counter, small);

        List<ChunkDraft> chunks = smallChunker.chunk(document);

        assertThat(chunks).hasSizeGreaterThan(4);
        Set<String> wholeLines = Set.copyOf(Arrays.asList(document.pages().get(0).text().split("\n")));
        assertThat(chunks).allSatisfy(c -> assertThat(c.text().split("\n")).allMatch(wholeLines::contains));
        assertContract(document, chunks, counter, small.maxTokens());
    }

    @Test
    void aWordLongerThanTheMaximumIsAChunkOfItsOwn() {
        String huge = "x".repeat(50) + "-" + "y".repeat(50);
        ParsedDocument document = document("1 NOTE\nShort intro.\n" + huge + "\nShort outro.");
        StructureChunker tiny = new StructureChunker(in -> in.split("[-\\s]+").length * 3, new ChunkingOptions(4, 1, 5, 1));

        List<ChunkDraft> chunks = tiny.chunk(document);

        assertThat(chunks).extracting(ChunkDraft::text).contains(huge);
        assertContract(document, chunks, in -> in.split("[-\\s]+").length * 3, 5);
    }

    @Test
    void emptyAndBlankDocumentsGiveNoChunks() {
        assertThat(chunker.chunk(document())).isEmpty();
        assertThat(chunker.chunk(document("", "  \n \n"))).isEmpty();
    }

    static String sentence(String subject, int repeats) {
        return ("Expenses related to the " + subject + " shall be excluded until the expiry of the waiting period. ")
                .repeat(repeats).trim();
    }
}
