package com.intelliclaim.engine.api;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How to reach a language model for adjudication: an OpenAI-compatible endpoint or a local Ollama (which speaks the
 * OpenAI API under {@code /v1}). {@code models} is the ordered list to try: the first, then each fallback. The API key
 * never appears in {@link #toString()}.
 *
 * @param provider the kind of endpoint
 * @param baseUrl  the API base URL, e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 * @param models   model names, preferred first; at least one
 * @param apiKey   the key (null or blank for Ollama)
 * @param timeout  how long one request may take
 */
public record LlmSettings(Provider provider, String baseUrl, List<String> models, String apiKey, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The kinds of endpoint. */
    public enum Provider { OPENAI, OLLAMA }

    public LlmSettings {
        Objects.requireNonNull(provider, "provider");
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("The LLM base URL is empty.");
        }
        models = List.copyOf(models);
        if (models.isEmpty() || models.stream().anyMatch(m -> m == null || m.isBlank())) {
            throw new IllegalArgumentException("Name at least one LLM model; names may not be empty.");
        }
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
    }

    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", models=" + models
                + ", apiKey=" + (apiKey == null || apiKey.isBlank() ? "none" : "***") + ", timeout=" + timeout + "]";
    }
}
