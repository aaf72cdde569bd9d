package com.intelliclaim.engine.embed;

import com.intelliclaim.engine.api.ModelLoadException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adjusts the tokenizer.json that ships with the model. The bundled file truncates every text at 128 tokens (the
 * length the model was fine-tuned with), so without this change anything past about 95 words of a passage would be
 * silently ignored; sentence-transformers reads 256 tokens, and so do we.
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
