package com.intelliclaim.engine.embed;

import com.intelliclaim.engine.api.ModelLoadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the cut of the tokenizer.json that ships with a model to the number of tokens the embedder reads
 * ({@link EmbeddingModelInfo#maxTokens()}), so that the cut is the embedder's stated one whatever the file says.
 */
final class TokenizerConfig {
    private static final Pattern TRUNCATION_LENGTH =
            Pattern.compile("(\"truncation\"\\s*:\\s*\\{[^}]*?\"max_length\"\\s*:\\s*)(\\d+)");

    private TokenizerConfig() {
    }

    static String withMaxLength(String tokenizerJson, int maxTokens, String modelId) {
        Matcher matcher = TRUNCATION_LENGTH.matcher(tokenizerJson);
        if (!matcher.find()) {
            // Without a truncation block we cannot promise which part of a passage the model reads.
            throw new ModelLoadException("The embedding model " + modelId
                    + " cannot be loaded: its tokenizer file has no truncation setting in the expected format.", null);
        }
        return tokenizerJson.substring(0, matcher.start(2)) + maxTokens + tokenizerJson.substring(matcher.end(2));
    }
}
