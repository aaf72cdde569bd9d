package com.intelliclaim.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.app.cli.EngineOptions.EmbedderKind;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EngineOptionsTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "--embedder {0} --model {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "onnx,    none,             all-minilm-l6-v2-q",
        "onnx,    all-minilm-l6-v2, all-minilm-l6-v2",
        "pytorch, /opt/models/mini, pytorch:/opt/models/mini",
        "onnx,    pytorch:/opt/m,   pytorch:/opt/m"})
    void embedderAndModelMakeTheEnginesModelReference(EmbedderKind kind, String model, String reference) {
        assertThat(EngineOptions.modelReference(kind, model)).isEqualTo(reference);
    }

    @ParameterizedTest(name = "--embedder {0} --model {1} -> {2}")
    @CsvSource(nullValues = "none", value = {
        "none,    none,             all-minilm-l6-v2",
        "none,    '  ',             all-minilm-l6-v2",
        "onnx,    none,             all-minilm-l6-v2-q",
        "none,    all-minilm-l6-v2-q, all-minilm-l6-v2-q",
        "pytorch, /opt/models/mini, pytorch:/opt/models/mini"})
    void withNeitherOptionTheModelSavedInSettingsIsUsed(EmbedderKind kind, String model, String reference) {
        assertThat(EngineOptions.modelReference(kind, model, () -> "all-minilm-l6-v2")).isEqualTo(reference);
    }

    @Test
    void theCommandLineOpensTheDataFolderWithTheModelSavedInTheDesktopsSettings() throws Exception {
        Path data = tmp.resolve("float-data");
        Path config = Files.createDirectories(tmp.resolve("config"));
        Files.writeString(config.resolve("settings.properties"), "embedding.model=all-minilm-l6-v2\n");
        DesktopConfig.use(config, () -> {
            assertThat(CliRun.of("docs", "--data", data.toString()).code()).isZero();
            CliRun other = CliRun.of("docs", "--data", data.toString(), "--model", "all-minilm-l6-v2-q");
            assertThat(other.code()).isNotZero();
            assertThat(other.err()).contains("built with the embedding model all-minilm-l6-v2 (384 dimensions)");
        });
    }

    @Test
    void pytorchWithoutAModelFolderIsAPlainError() {
        CliRun run = CliRun.of("docs", "--data", tmp.resolve("data").toString(), "--embedder", "pytorch");
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("--embedder pytorch needs --model FOLDER");
    }

    @Test
    void aModelFolderThatIsNotThereIsAPlainError() {
        Path missing = tmp.resolve("no-model");
        CliRun run = CliRun.of("docs", "--data", tmp.resolve("data").toString(), "--embedder", "pytorch",
                "--model", missing.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains(missing.toString()).contains("the folder does not exist")
                .doesNotContain("Exception");
    }

    @Test
    void aDataFolderIndexedWithAnotherModelAsksForReindex() throws Exception {
        Path data = tmp.resolve("data");
        assertThat(CliRun.of("docs", "--data", data.toString()).code()).isZero();
        Path folder = Files.createDirectories(tmp.resolve("my-model"));
        Files.writeString(folder.resolve("model.pt"), "not opened before the check");
        Files.writeString(folder.resolve("tokenizer.json"), "{}");
        Files.writeString(folder.resolve("config.json"), "{\"hidden_size\": 768}");
        CliRun run = CliRun.of("docs", "--data", data.toString(), "--embedder", "pytorch", "--model",
                folder.toString());
        assertThat(run.code()).isNotZero();
        assertThat(run.err()).contains("all-minilm-l6-v2-q (384 dimensions)")
                .contains("pytorch:my-model (768 dimensions)").contains("reindex");
    }
}
