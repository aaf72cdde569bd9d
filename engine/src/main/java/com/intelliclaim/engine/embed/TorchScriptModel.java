package com.intelliclaim.engine.embed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.intelliclaim.engine.api.ModelLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A sentence-embedding model folder for the PyTorch engine: one TorchScript file ({@code *.pt}) that maps
 * {@code (input_ids, attention_mask[, token_type_ids])} to token embeddings (or to one vector per text), the model's
 * {@code tokenizer.json}, and a {@code config.json} whose {@code hidden_size} is the vector dimension. An optional
 * {@code sentence_bert_config.json} gives {@code max_seq_length} (default 256, never more than
 * {@code max_position_embeddings}). The id is {@code pytorch:} and the folder's name.
 */
public final class TorchScriptModel implements EmbeddingModelSource {
    static final int DEFAULT_MAX_TOKENS = 256;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path folder;
    private final Path modelFile;
    private final EmbeddingModelInfo info;

    private TorchScriptModel(Path folder, Path modelFile, EmbeddingModelInfo info) {
        this.folder = folder;
        this.modelFile = modelFile;
        this.info = info;
    }

    /**
     * Reads the folder's description (not the weights). A missing folder, TorchScript file, tokenizer or dimension
     * is a {@link ModelLoadException} naming the folder and what is missing.
     */
    public static TorchScriptModel at(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(dir)) {
            throw problem(dir, Files.exists(dir) ? "it is a file, not a folder" : "the folder does not exist");
        }
        Path modelFile = modelFile(dir);
        if (!Files.isRegularFile(dir.resolve("tokenizer.json"))) {
            throw problem(dir, "it has no tokenizer.json");
        }
        JsonNode config = readJson(dir, "config.json", true);
        int dimension = config.path("hidden_size").asInt(0);
        if (dimension < 1) {
            throw problem(dir, "its config.json does not give the vector dimension as a positive hidden_size");
        }
        JsonNode sentenceConfig = readJson(dir, "sentence_bert_config.json", false);
        int maxTokens = sentenceConfig.path("max_seq_length").asInt(DEFAULT_MAX_TOKENS);
        int positions = config.path("max_position_embeddings").asInt(Integer.MAX_VALUE);
        if (maxTokens < 3) {
            throw problem(dir, "its sentence_bert_config.json gives max_seq_length " + maxTokens
                    + "; it must be at least 3");
        }
        return new TorchScriptModel(dir, modelFile,
                new EmbeddingModelInfo("pytorch:" + dir.getFileName(), dimension, Math.min(maxTokens, positions)));
    }

    /**
     * Why no TorchScript model can run in this installation (its PyTorch engine is an optional component), found
     * without starting the engine; empty when it can.
     */
    public static Optional<String> runtimeMissing() {
        return DjlRuntime.missingRuntime();
    }

    @Override
    public EmbeddingModelInfo info() {
        return info;
    }

    /** Loads the model on DJL's PyTorch engine; see {@link PyTorchEmbedder#load}. */
    @Override
    public PyTorchEmbedder load() {
        return PyTorchEmbedder.load(this);
    }

    @Override
    public ModelTokenCounter tokenCounter() {
        return ModelTokenCounter.load(tokenizerFile(), info.id());
    }

    /** The model folder (absolute). */
    public Path folder() {
        return folder;
    }

    Path modelFile() {
        return modelFile;
    }

    Path tokenizerFile() {
        return folder.resolve("tokenizer.json");
    }

    /** The one .pt file; with several, the one named like the folder or model.pt. */
    private static Path modelFile(Path dir) {
        List<Path> candidates;
        try (Stream<Path> files = Files.list(dir)) {
            candidates = files.filter(f -> f.getFileName().toString().endsWith(".pt") && Files.isRegularFile(f))
                    .sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new ModelLoadException("The PyTorch embedding model in " + dir + " cannot be used: the folder "
                    + "cannot be read (" + e.getMessage() + ").", e);
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        if (candidates.isEmpty()) {
            throw problem(dir, "it has no TorchScript model file (*.pt)");
        }
        for (String preferred : List.of(dir.getFileName() + ".pt", "model.pt")) {
            if (candidates.contains(dir.resolve(preferred))) {
                return dir.resolve(preferred);
            }
        }
        throw problem(dir, "it has several .pt files (" + candidates.stream().map(p -> p.getFileName().toString())
                .collect(Collectors.joining(", ")) + ") and none is named model.pt");
    }

    private static JsonNode readJson(Path dir, String name, boolean required) {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            if (required) {
                throw problem(dir, "it has no " + name + " giving the vector dimension (hidden_size)");
            }
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new ModelLoadException("The PyTorch embedding model in " + dir + " cannot be used: its " + name
                    + " is not valid JSON (" + (e instanceof JsonProcessingException json ? json.getOriginalMessage()
                    : e.getMessage()) + ").", e);
        }
    }

    private static ModelLoadException problem(Path dir, String reason) {
        return new ModelLoadException("The PyTorch embedding model in " + dir + " cannot be used: " + reason + ".",
                null);
    }
}
