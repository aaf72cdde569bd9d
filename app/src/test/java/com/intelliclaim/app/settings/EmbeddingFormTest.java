package com.intelliclaim.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import com.intelliclaim.engine.api.EngineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The embedding model in Settings with the real stores: a bundled model or a TorchScript folder, the folder checked
 * as the engine reads it (its description; the weights are loaded only when the data folder opens), saved, and the
 * change announced as re-embedding every document at the next start.
 */
class EmbeddingFormTest {
    private static final String CONFIG = "{\"hidden_size\": 384, \"max_position_embeddings\": 512}";
    @TempDir
    Path config;
    @TempDir
    Path data;
    @TempDir
    Path models;

    private SettingsViewModel model() {
        return TestSettings.model(config, data);
    }

    /** A model folder as the engine describes one: a .pt file, tokenizer.json and config.json with hidden_size. */
    private Path folderWith(String name, Map<String, String> files) throws IOException {
        Path folder = Files.createDirectories(models.resolve(name));
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    @Test
    void theDefaultIsTheBundledInt8ModelWithNothingToAnnounce() {
        SettingsViewModel model = model();
        EmbeddingForm form = model.embedding();
        assertThat(form.choiceProperty().get()).isEqualTo(EmbeddingChoice.QUANTISED);
        assertThat(model.embeddingModelInUse()).isEqualTo(EngineConfig.DEFAULT_EMBEDDING_MODEL);
        assertThat(form.changeProperty().get()).isEmpty();
        assertThat(form.note()).contains("In use now: all-minilm-l6-v2-q", "next start", "--embedder");
    }

    @Test
    void anotherBundledModelIsAnnouncedAsReEmbeddingEverythingSavedAndUsedFromTheNextStart() throws Exception {
        SettingsViewModel model = model();
        EmbeddingForm form = model.embedding();
        form.choiceProperty().set(EmbeddingChoice.FLOAT);
        assertThat(form.changeProperty().get()).contains("every document is then embedded again", "re-index",
                "keeps all-minilm-l6-v2-q");

        assertThat(model.save()).isTrue();
        assertThat(model.statusProperty().get()).contains("embedding model is used from the next start",
                "re-index every document");
        assertThat(model.embeddingModelInUse()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(Files.readString(config.resolve("settings.properties")))
                .contains("embedding.model=all-minilm-l6-v2\n");

        SettingsViewModel nextStart = model();
        assertThat(nextStart.embeddingModelInUse()).isEqualTo("all-minilm-l6-v2");
        assertThat(nextStart.embedding().choiceProperty().get()).isEqualTo(EmbeddingChoice.FLOAT);
        assertThat(nextStart.embedding().changeProperty().get()).isEmpty();
        nextStart.embedding().choiceProperty().set(EmbeddingChoice.QUANTISED);
        assertThat(nextStart.embedding().changeProperty().get()).contains("keeps all-minilm-l6-v2.");
    }

    static Stream<Arguments> unusableFolders() {
        return Stream.of(
                Arguments.of("no tokenizer", Map.of("model.pt", "x", "config.json", CONFIG), "it has no tokenizer.json"),
                Arguments.of("no model file", Map.of("tokenizer.json", "{}", "config.json", CONFIG),
                        "it has no TorchScript model file (*.pt)"),
                Arguments.of("no dimension", Map.of("model.pt", "x", "tokenizer.json", "{}", "config.json", "{}"),
                        "positive hidden_size"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableFolders")
    void aFolderThatIsNoUsableModelIsAnErrorNamingItAndTheReason(String name, Map<String, String> files,
                                                                String reason) throws Exception {
        SettingsViewModel model = model();
        EmbeddingForm form = model.embedding();
        Path folder = folderWith(name.replace(' ', '-'), files);
        form.choiceProperty().set(EmbeddingChoice.TORCHSCRIPT);
        form.folderProperty().set(folder.toString());

        assertThat(form.folderErrorProperty().get()).contains(folder.toString()).contains(reason);
        assertThat(model.validProperty().get()).isFalse();
        assertThat(model.save()).isFalse();
        assertThat(config.resolve("settings.properties")).doesNotExist();
    }

    @Test
    void aMissingEmptyOrRelativeFolderIsNamed() {
        EmbeddingForm form = model().embedding();
        form.choiceProperty().set(EmbeddingChoice.TORCHSCRIPT);
        assertThat(form.folderErrorProperty().get()).startsWith("Choose the folder of the TorchScript model");
        form.folderProperty().set("models/minilm");
        assertThat(form.folderErrorProperty().get()).isEqualTo("\"models/minilm\" is a relative path; give the full"
                + " path of the model folder.");
        form.folderProperty().set(models.resolve("nowhere").toString());
        assertThat(form.folderErrorProperty().get()).contains(models.resolve("nowhere").toString(),
                "the folder does not exist");
        form.choiceProperty().set(EmbeddingChoice.QUANTISED);
        assertThat(form.folderErrorProperty().get()).isEmpty();
        assertThat(form.valid()).isTrue();
    }

    @Test
    void aUsableFolderIsSavedAsItsPyTorchReferenceAndComesBack() throws Exception {
        Path folder = folderWith("minilm-ts", Map.of("model.pt", "weights are read at the next start",
                "tokenizer.json", "{}", "config.json", CONFIG));
        SettingsViewModel model = model();
        EmbeddingForm form = model.embedding();
        form.choiceProperty().set(EmbeddingChoice.TORCHSCRIPT);
        form.folderProperty().set(folder + "/");

        assertThat(form.folderErrorProperty().get()).isEmpty();
        assertThat(form.changeProperty().get()).contains("embedded again");
        assertThat(model.save()).isTrue();

        SettingsViewModel nextStart = model();
        assertThat(nextStart.embeddingModelInUse()).isEqualTo("pytorch:" + folder);
        assertThat(nextStart.embedding().choiceProperty().get()).isEqualTo(EmbeddingChoice.TORCHSCRIPT);
        assertThat(nextStart.embedding().folderProperty().get()).isEqualTo(folder.toString());
    }

    @Test
    void aSavedFolderThatWentMissingIsKeptAndShownWithItsProblem() throws Exception {
        Path gone = models.resolve("deleted-model");
        Files.writeString(config.resolve("settings.properties"), "embedding.model=pytorch:" + gone + "\n");
        SettingsViewModel model = model();
        assertThat(model.embeddingModelInUse()).isEqualTo("pytorch:" + gone);
        assertThat(model.embedding().folderErrorProperty().get()).contains(gone.toString(), "does not exist");
    }

    @Test
    void aHandEditedUnknownModelFallsBackToTheDefault() throws Exception {
        Files.writeString(config.resolve("settings.properties"), "embedding.model=bge-small\n");
        assertThat(model().embeddingModelInUse()).isEqualTo(EngineConfig.DEFAULT_EMBEDDING_MODEL);
    }
}
