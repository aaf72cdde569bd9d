package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.ModelLoadException;
import org.junit.jupiter.api.Test;

class ModelLoadingTest {
    @Test
    void missingModelFileIsAModelLoadExceptionNamingTheFile() {
        assertThatThrownBy(() -> OnnxModelLoader.load("test-model", getClass(), "/no-such-model.onnx",
                "/all-minilm-l6-v2-q-tokenizer.json", 256))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("test-model").hasMessageContaining("no-such-model.onnx is missing");
    }

    @Test
    void unreadableModelBytesAreAModelLoadException() {
        // The tokenizer JSON is a real resource but no ONNX graph, so the runtime must reject it.
        assertThatThrownBy(() -> OnnxModelLoader.load("test-model", BundledModel.class,
                "/all-minilm-l6-v2-q-tokenizer.json", "/all-minilm-l6-v2-q-tokenizer.json", 256))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("ONNX runtime rejected");
    }

    @Test
    void tokenizerWithoutTruncationBlockIsRefused() {
        assertThatThrownBy(() -> TokenizerConfig.withMaxLength("{\"truncation\": null}", 256, "m"))
                .isInstanceOf(ModelLoadException.class);
    }

    @Test
    void truncationLengthIsRaised() {
        String json = "{\"truncation\": {\"direction\": \"Right\", \"max_length\": 128}, \"padding\": {\"Fixed\": 128}}";
        assertThat(TokenizerConfig.withMaxLength(json, 256, "m"))
                .isEqualTo("{\"truncation\": {\"direction\": \"Right\", \"max_length\": 256}, \"padding\": {\"Fixed\": 128}}");
    }

    @Test
    void invalidVectorsAreNeverReturned() {
        assertThatThrownBy(() -> VectorChecks.unitLength(new float[3], 3, "m", "text 1 of 1"))
                .isInstanceOf(EngineException.class).hasMessageContaining("all-zero");
        assertThatThrownBy(() -> VectorChecks.unitLength(new float[] {1, Float.NaN, 0}, 3, "m", "text 1 of 1"))
                .isInstanceOf(EngineException.class).hasMessageContaining("invalid number");
        assertThatThrownBy(() -> VectorChecks.unitLength(new float[] {1, 0}, 3, "m", "text 1 of 1"))
                .isInstanceOf(EngineException.class).hasMessageContaining("2 numbers");
        assertThat(VectorChecks.unitLength(new float[] {3, 4, 0}, 3, "m", "x")).containsExactly(0.6f, 0.8f, 0f);
    }
}
