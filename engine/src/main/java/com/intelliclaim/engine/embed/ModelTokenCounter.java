package com.intelliclaim.engine.embed;

import com.intelliclaim.engine.api.ModelLoadException;
import com.intelliclaim.engine.ingest.chunk.TokenCounter;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Counts word-piece tokens exactly as the embedding model's tokenizer splits them, without special tokens and without
 * truncation (so a chunker can see that a text is too long). Thread-safe. Obtain one with
 * {@link BundledModel#tokenCounter()}.
 */
public final class ModelTokenCounter implements TokenCounter {
    private final HuggingFaceTokenCountEstimator estimator;

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
            return new ModelTokenCounter(new HuggingFaceTokenCountEstimator(file,
                    Map.of("padding", "false", "truncation", "false")));
        } catch (IOException | RuntimeException | LinkageError e) {
            throw new ModelLoadException("The tokenizer of the embedding model " + modelId
                    + " cannot be loaded (" + e + ").", e);
        } finally {
            deleteQuietly(file);
        }
    }

    /** The number of tokens in the text, without [CLS]/[SEP]; 0 for an empty text. */
    @Override
    public int count(String text) {
        if (text.isBlank()) {
            return 0;
        }
        return estimator.estimateTokenCountInText(text);
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
