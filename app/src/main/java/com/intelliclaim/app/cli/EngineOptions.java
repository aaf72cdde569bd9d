package com.intelliclaim.app.cli;

import com.intelliclaim.app.common.ConfigFolder;
import com.intelliclaim.app.settings.DataFolderChoice;
import com.intelliclaim.app.settings.DataFolderResolver;
import com.intelliclaim.app.settings.SettingsStore;
import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.EngineException;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.embed.EmbeddingModels;
import com.intelliclaim.engine.retrieve.RetrievalTuning;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** Options every command that opens a data folder shares. */
public final class EngineOptions {
    private static final Logger log = LoggerFactory.getLogger(EngineOptions.class);

    /** The engine that runs the embedding model. */
    public enum EmbedderKind { onnx, pytorch }

    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (database, indexes, logs). Default: $INTELLICLAIM_DATA, else the folder saved in"
                    + " the desktop's settings, else the user's data folder.")
    Path data;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "200",
            description = "Largest file accepted for ingest, in MB (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--embedder", paramLabel = "ENGINE",
            description = "Embedding engine: onnx (bundled models) or pytorch (a TorchScript model folder given by "
                    + "--model, run by DJL's PyTorch engine). With neither --embedder nor --model, the model chosen in "
                    + "the desktop's Settings, else onnx with all-minilm-l6-v2-q.")
    EmbedderKind embedder;

    @Option(names = "--model", paramLabel = "ID|DIR",
            description = "With --embedder onnx: the bundled model, all-minilm-l6-v2-q (default) or all-minilm-l6-v2. "
                    + "With --embedder pytorch: the model folder (a .pt TorchScript file, tokenizer.json, config.json).")
    String model;

    @Option(names = "--tuning", paramLabel = "K=V,…", hidden = true,
            description = "Retrieval tuning experiment, e.g. vector=1,keyword=0.8,boost=0.5,rrf=60,candidates=50.")
    String tuning;

    /** The data folder by the rule the desktop app follows too ({@link DataFolderResolver}), with its origin. */
    public DataFolderChoice dataFolder() {
        return DataFolderResolver.standard().choose(Optional.ofNullable(data));
    }

    public EngineConfig config() {
        return new EngineConfig(dataFolder().folder(), maxFileMb * 1024 * 1024, modelReference(embedder, model,
                EngineOptions::savedModel),
                tuning == null ? RetrievalTuning.DEFAULT : RetrievalTuning.parse(tuning));
    }

    public IntelliClaimEngine open() {
        return IntelliClaimEngine.open(config());
    }

    /** For commands that embed (ingest, search, ask, eval): the model loads while the data folder opens. */
    public IntelliClaimEngine openLoadingModel() {
        return IntelliClaimEngine.openLoadingModel(config());
    }

    /**
     * The engine's model reference: the one of --embedder and --model when either is given, else the one saved in the
     * desktop's Settings (the rule the window follows too, so both open the data folder with the same model).
     */
    static String modelReference(EmbedderKind kind, String model, Supplier<String> saved) {
        if (kind == null && (model == null || model.isBlank())) {
            return saved.get();
        }
        return modelReference(kind == null ? EmbedderKind.onnx : kind, model);
    }

    /** The model saved in the desktop's Settings; the default when none is saved or the file cannot be read. */
    private static String savedModel() {
        Path config = ConfigFolder.location();
        try {
            return new SettingsStore(config).load().embeddingModel();
        } catch (IOException e) {
            log.warn("Could not read the saved settings in {}; using the default embedding model", config, e);
            return EngineConfig.DEFAULT_EMBEDDING_MODEL;
        }
    }

    /** The engine's model reference for an --embedder and --model pair; pytorch without a folder is an error. */
    static String modelReference(EmbedderKind kind, String model) {
        if (kind == EmbedderKind.pytorch) {
            if (model == null || model.isBlank()) {
                throw new EngineException("--embedder pytorch needs --model FOLDER: the folder of a TorchScript "
                        + "sentence-embedding model (its .pt file, tokenizer.json and config.json).");
            }
            return EmbeddingModels.pytorch(Path.of(model));
        }
        if (model != null && model.startsWith(EmbeddingModels.PYTORCH_PREFIX)) {
            return model;
        }
        return model == null || model.isBlank() ? EngineConfig.DEFAULT_EMBEDDING_MODEL : model;
    }
}
