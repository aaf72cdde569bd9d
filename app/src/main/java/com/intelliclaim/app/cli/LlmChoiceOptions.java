package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.LlmSettings;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code --llm none|openai|ollama}: which language model drafts decisions, reached with settings from the
 * environment. Keys come only from the environment, never from the command line (where they would land in the shell
 * history and the process list).
 */
public final class LlmChoiceOptions {
    static final String BASE_URL = "INTELLICLAIM_LLM_BASE_URL";
    static final String MODEL = "INTELLICLAIM_LLM_MODEL";
    static final String API_KEY = "INTELLICLAIM_LLM_API_KEY";
    static final String OPENAI_API_KEY = "OPENAI_API_KEY";
    static final String OLLAMA_BASE_URL = "OLLAMA_BASE_URL";
    static final String OPENAI_DEFAULT_URL = "https://api.openai.com/v1";
    static final String OLLAMA_DEFAULT_URL = "http://localhost:11434/v1";
    static final String OPENAI_DEFAULT_MODEL = "gpt-4o-mini";

    /** The choices of {@code --llm}. */
    enum Choice { none, openai, ollama }

    /** A needed setting is missing; the message says which variable to set. */
    static final class NotConfiguredException extends Exception {
        NotConfiguredException(String message) {
            super(message);
        }
    }

    @Option(names = "--llm", paramLabel = "none|openai|ollama", defaultValue = "none",
            description = "Who drafts the decision: none (the offline rules, default), openai (any OpenAI-compatible"
                    + " endpoint: $" + BASE_URL + ", $" + MODEL + " (comma-separated fallbacks), $" + OPENAI_API_KEY
                    + " or $" + API_KEY + ") or ollama ($" + OLLAMA_BASE_URL + ", $" + MODEL + ").")
    Choice choice = Choice.none;

    /** The settings for the chosen model from the process environment; null for {@code none}. */
    LlmSettings settings() throws NotConfiguredException {
        return settings(choice, System.getenv());
    }

    static LlmSettings settings(Choice choice, Map<String, String> env) throws NotConfiguredException {
        switch (choice) {
            case openai: {
                String key = first(env, API_KEY, OPENAI_API_KEY);
                if (key == null) {
                    throw new NotConfiguredException("--llm openai needs an API key: set " + OPENAI_API_KEY + " or "
                            + API_KEY + " (or use --llm none for the offline rules).");
                }
                String models = first(env, MODEL);
                return new LlmSettings(LlmSettings.Provider.OPENAI, orDefault(first(env, BASE_URL), OPENAI_DEFAULT_URL),
                        models(models == null ? OPENAI_DEFAULT_MODEL : models), key, null);
            }
            case ollama: {
                String models = first(env, MODEL);
                if (models == null) {
                    throw new NotConfiguredException("--llm ollama needs a model: set " + MODEL
                            + " to a model Ollama has pulled, e.g. llama3.1.");
                }
                return new LlmSettings(LlmSettings.Provider.OLLAMA,
                        orDefault(first(env, OLLAMA_BASE_URL), OLLAMA_DEFAULT_URL), models(models),
                        first(env, API_KEY), null);
            }
            default:
                return null;
        }
    }

    private static List<String> models(String commaSeparated) throws NotConfiguredException {
        List<String> names = Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .toList();
        if (names.isEmpty()) {
            throw new NotConfiguredException(MODEL + " names no model: give one or more, separated by commas.");
        }
        return names;
    }

    private static String first(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }

    /**
     * The settings of a claim command: the passages count checked (1..50) and the chosen model's settings, or null
     * for the rules. A bad count or a missing setting is a usage error (exit 2) naming the value or variable.
     */
    LlmSettings checkedSettings(CommandSpec spec, int passages) {
        if (passages < 1 || passages > 50) {
            throw new ParameterException(spec.commandLine(), "-k must be between 1 and 50, not " + passages + ".");
        }
        try {
            return settings();
        } catch (NotConfiguredException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
