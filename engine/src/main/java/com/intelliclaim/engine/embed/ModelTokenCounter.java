package com.intelliclaim.engine.embed;

import com.intelliclaim.engine.api.ModelLoadException;
import com.intelliclaim.engine.ingest.chunk.TokenCounter;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts word-piece tokens exactly as the embedding model's tokenizer splits them, without special tokens and without
 * truncation (so a chunker can see that a text is too long). Thread-safe. Obtain one with
 * {@link BundledModel#tokenCounter()}.
 *
 * <p>A BERT tokenizer splits on whitespace before anything else, so a text's count is the sum of its words' counts.
 * The counter keeps each word's count: a chunker asks about the same words over and over (every candidate split of a
 * long clause), and a native tokenizer call per question made chunking cost as much as parsing.
 */
public final class ModelTokenCounter implements TokenCounter {
    /** Distinct words remembered; a policy wording has a few thousand, so this bound is only a guard. */
    private static final int MAX_CACHED_WORDS = 200_000;

    private final HuggingFaceTokenCountEstimator estimator;
    private final Map<String, Integer> wordCounts = new ConcurrentHashMap<>();

    private ModelTokenCounter(HuggingFaceTokenCountEstimator estimator) {
        this.estimator = estimator;
    }

    static ModelTokenCounter load(BundledModel model) {
        String modelId = model.info().id();
        byte[] json = ModelResources.read(model.jarAnchor(), model.tokenizerResource(), modelId);
        Path file = null;
        try {
            // The estimator only reads from a file path; the tokenizer is in memory once constructed.
            file = Files.createTempFile("intelliclaim-tokenizer-", ".json");
            Files.write(file, json);
            return load(file, modelId);
        } catch (IOException e) {
            throw new ModelLoadException("The tokenizer of the embedding model " + modelId
                    + " cannot be loaded (" + e + ").", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** A counter over a tokenizer.json file; a file the tokenizer library rejects is a {@link ModelLoadException}. */
    static ModelTokenCounter load(Path tokenizerJson, String modelId) {
        try {
            return new ModelTokenCounter(new HuggingFaceTokenCountEstimator(tokenizerJson,
                    Map.of("padding", "false", "truncation", "false")));
        } catch (RuntimeException | LinkageError e) {
            throw new ModelLoadException("The tokenizer of the embedding model " + modelId
                    + " cannot be loaded from " + tokenizerJson + " (" + e + ").", e);
        }
    }

    /** The number of tokens in the text, without [CLS]/[SEP]; 0 for an empty text. */
    @Override
    public int count(String text) {
        int total = 0;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean gap = i == text.length() || isWordBreak(text.charAt(i));
            if (!gap && start < 0) {
                start = i;
            } else if (gap && start >= 0) {
                total += countWord(text.substring(start, i));
                start = -1;
            }
        }
        return total;
    }

    /** The characters the tokenizer itself treats as word breaks (form feeds and the like it deletes instead). */
    private static boolean isWordBreak(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private int countWord(String word) {
        Integer known = wordCounts.get(word);
        if (known != null) {
            return known;
        }
        int count = estimator.estimateTokenCountInText(word);
        if (wordCounts.size() < MAX_CACHED_WORDS) {
            wordCounts.put(word, count);
        }
        return count;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException | UncheckedIOException ignored) {
            // A leftover temp file of 700 KB in the system temp folder is harmless.
        }
    }
}
