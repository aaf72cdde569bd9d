package com.intelliclaim.engine.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.intelliclaim.engine.api.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A TorchScript model folder that cannot be used is a plain error naming the folder and what is wrong. */
class TorchScriptModelTest {
    private static final String CONFIG = "{\"hidden_size\": 384, \"max_position_embeddings\": 512}";

    @TempDir
    Path tmp;

    static Stream<Arguments> brokenFolders() {
        return Stream.of(
                Arguments.of("no .pt file", Map.of("tokenizer.json", "{}", "config.json", CONFIG),
                        "no TorchScript model file (*.pt)"),
                Arguments.of("no tokenizer", Map.of("m.pt", "x", "config.json", CONFIG), "no tokenizer.json"),
                Arguments.of("no config", Map.of("m.pt", "x", "tokenizer.json", "{}"), "no config.json"),
                Arguments.of("no dimension", Map.of("m.pt", "x", "tokenizer.json", "{}", "config.json", "{}"),
                        "positive hidden_size"),
                Arguments.of("config not JSON", Map.of("m.pt", "x", "tokenizer.json", "{}", "config.json", "{oops"),
                        "config.json is not valid JSON"),
                Arguments.of("two models", Map.of("a.pt", "x", "b.pt", "y", "tokenizer.json", "{}",
                        "config.json", CONFIG), "several .pt files (a.pt, b.pt)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFolders")
    void brokenFolderIsAClearError(String name, Map<String, String> files, String reason) throws IOException {
        Path folder = folderWith(files);
        assertThatThrownBy(() -> TorchScriptModel.at(folder))
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(folder.toString()).hasMessageContaining(reason);
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> TorchScriptModel.at(tmp.resolve("nowhere")))
                .isInstanceOf(ModelLoadException.class).hasMessageContaining("the folder does not exist");
    }

    @Test
    void idDimensionAndTokenLimitComeFromTheFolder() throws IOException {
        Path folder = folderWith(Map.of("model.pt", "x", "other.pt", "y", "tokenizer.json", "{}", "config.json",
                "{\"hidden_size\": 768, \"max_position_embeddings\": 128}"));
        TorchScriptModel model = TorchScriptModel.at(folder);
        assertThat(model.info()).isEqualTo(new EmbeddingModelInfo("pytorch:" + folder.getFileName(), 768, 128));
        assertThat(model.modelFile()).isEqualTo(folder.resolve("model.pt"));
    }

    @Test
    void aFileThatIsNoTorchScriptModelIsAClearErrorAtLoad() throws IOException {
        Path folder = folderWith(Map.of("model.pt", "these bytes are not a TorchScript archive", "config.json",
                CONFIG));
        copyTokenizer(folder);
        assertThatThrownBy(() -> TorchScriptModel.at(folder).load())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining(folder.resolve("model.pt").toString())
                .hasMessageContaining("is not a TorchScript sentence-embedding model");
    }

    @Test
    void aModelWhoseVectorsDisagreeWithItsConfigIsRefused() throws IOException {
        Path real = TorchScriptModels.miniLmFolder();
        Path folder = Files.createDirectories(tmp.resolve("mislabelled"));
        Files.copy(real.resolve("all-minilm-l6-v2.pt"), folder.resolve("model.pt"));
        Files.copy(real.resolve("tokenizer.json"), folder.resolve("tokenizer.json"));
        Files.writeString(folder.resolve("config.json"), "{\"hidden_size\": 768}");
        assertThatThrownBy(() -> TorchScriptModel.at(folder).load())
                .isInstanceOf(ModelLoadException.class)
                .hasMessageContaining("gives vectors of 384 numbers, but its config.json says hidden_size 768");
    }

    @Test
    void referencesResolveToBundledOrPyTorchModels() throws IOException {
        Path folder = folderWith(Map.of("model.pt", "x", "tokenizer.json", "{}", "config.json", CONFIG));
        assertThat(EmbeddingModels.resolve("all-minilm-l6-v2")).isEqualTo(BundledModel.MINILM_L6_V2);
        assertThat(EmbeddingModels.resolve(EmbeddingModels.pytorch(folder)).info().id())
                .isEqualTo("pytorch:" + folder.getFileName());
    }

    private Path folderWith(Map<String, String> files) throws IOException {
        Path folder = Files.createTempDirectory(tmp, "model");
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private static void copyTokenizer(Path folder) throws IOException {
        try (var in = BundledModel.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json")) {
            Files.copy(in, folder.resolve("tokenizer.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
