package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.intelliclaim.app.cli.LlmChoiceOptions.Choice;
import com.intelliclaim.engine.api.LlmSettings;
import com.intelliclaim.engine.api.LlmSettings.Provider;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** --llm settings from the environment, table-driven over the variables. */
class LlmChoiceOptionsTest {

    static Stream<Arguments> configured() {
        return Stream.of(
                arguments(Choice.openai, Map.of("OPENAI_API_KEY", "sk-1"),
                        new LlmSettings(Provider.OPENAI, "https://api.openai.com/v1", List.of("gpt-4o-mini"), "sk-1", null)),
                arguments(Choice.openai, Map.of("INTELLICLAIM_LLM_API_KEY", "k2", "OPENAI_API_KEY", "sk-1",
                                "INTELLICLAIM_LLM_BASE_URL", "http://127.0.0.1:8080/v1",
                                "INTELLICLAIM_LLM_MODEL", " gpt-4.1 , gpt-4o-mini ,"),
                        new LlmSettings(Provider.OPENAI, "http://127.0.0.1:8080/v1", List.of("gpt-4.1", "gpt-4o-mini"),
                                "k2", null)),
                arguments(Choice.ollama, Map.of("INTELLICLAIM_LLM_MODEL", "llama3.1"),
                        new LlmSettings(Provider.OLLAMA, "http://localhost:11434/v1", List.of("llama3.1"), null, null)),
                arguments(Choice.ollama, Map.of("INTELLICLAIM_LLM_MODEL", "qwen2.5,llama3.1",
                                "OLLAMA_BASE_URL", "http://gpu-box:11434/v1"),
                        new LlmSettings(Provider.OLLAMA, "http://gpu-box:11434/v1", List.of("qwen2.5", "llama3.1"), null,
                                null)));
    }

    @ParameterizedTest
    @MethodSource("configured")
    void settingsComeFromTheEnvironment(Choice choice, Map<String, String> env, LlmSettings expected) throws Exception {
        assertThat(LlmChoiceOptions.settings(choice, env)).isEqualTo(expected);
    }

    static Stream<Arguments> missing() {
        return Stream.of(
                arguments(Choice.openai, Map.of(), "needs an API key: set OPENAI_API_KEY or INTELLICLAIM_LLM_API_KEY"),
                arguments(Choice.openai, Map.of("OPENAI_API_KEY", "  "), "needs an API key"),
                arguments(Choice.ollama, Map.of(), "--llm ollama needs a model: set INTELLICLAIM_LLM_MODEL"),
                arguments(Choice.openai, Map.of("OPENAI_API_KEY", "k", "INTELLICLAIM_LLM_MODEL", " , "),
                        "INTELLICLAIM_LLM_MODEL names no model"));
    }

    @ParameterizedTest
    @MethodSource("missing")
    void aMissingSettingIsNamed(Choice choice, Map<String, String> env, String message) {
        assertThatThrownBy(() -> LlmChoiceOptions.settings(choice, env))
                .isInstanceOf(LlmChoiceOptions.NotConfiguredException.class).hasMessageContaining(message);
    }

    @Test
    void noneMeansTheRules() throws Exception {
        assertThat(LlmChoiceOptions.settings(Choice.none, Map.of("OPENAI_API_KEY", "sk-1"))).isNull();
    }

    @Test
    void theKeyNeverShowsInTheSettingsText() throws Exception {
        assertThat(LlmChoiceOptions.settings(Choice.openai, Map.of("OPENAI_API_KEY", "sk-secret")).toString())
                .doesNotContain("sk-secret");
    }
}
