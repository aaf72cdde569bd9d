package com.intelliclaim.app.settings;

import com.intelliclaim.engine.api.LlmSettings;
import java.util.Optional;

/** Who drafts decisions: no LLM (the rules decide), an OpenAI-compatible endpoint, or a local Ollama. */
public enum LlmProvider {
    NONE("None: the rules decide", "", null),
    OPENAI("OpenAI-compatible", "https://api.openai.com/v1", LlmSettings.Provider.OPENAI),
    OLLAMA("Ollama on this computer or network", "http://localhost:11434/v1", LlmSettings.Provider.OLLAMA);

    private final String label;
    private final String defaultUrl;
    private final LlmSettings.Provider engineProvider;

    LlmProvider(String label, String defaultUrl, LlmSettings.Provider engineProvider) {
        this.label = label;
        this.defaultUrl = defaultUrl;
        this.engineProvider = engineProvider;
    }

    public String label() {
        return label;
    }

    /** The usual base URL of this kind of endpoint, offered when the analyst picks it. */
    public String defaultUrl() {
        return defaultUrl;
    }

    /** The engine's name for it; empty for {@link #NONE}. */
    public Optional<LlmSettings.Provider> engineProvider() {
        return Optional.ofNullable(engineProvider);
    }

    @Override
    public String toString() {
        return label;
    }
}
