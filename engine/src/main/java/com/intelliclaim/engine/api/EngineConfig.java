package com.intelliclaim.engine.api;

import com.intelliclaim.engine.retrieve.RetrievalTuning;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to open an engine: the data folder (database, indexes, logs), the largest file accepted for ingest, the
 * embedding model to use — a bundled ONNX model ({@code "all-minilm-l6-v2-q"} or {@code "all-minilm-l6-v2"}) or
 * {@code "pytorch:FOLDER"} for a TorchScript model folder run on DJL's PyTorch engine (see
 * {@link com.intelliclaim.engine.embed.EmbeddingModels}) — and the retrieval tuning (the measured defaults unless an
 * experiment says otherwise).
 */
public record EngineConfig(Path dataDir, long maxFileBytes, String embeddingModel, RetrievalTuning tuning) {
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final String DEFAULT_EMBEDDING_MODEL = "all-minilm-l6-v2-q";

    public EngineConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (maxFileBytes < 1) {
            throw new IllegalArgumentException("The file size limit must be at least 1 byte, not " + maxFileBytes + ".");
        }
        embeddingModel = embeddingModel == null || embeddingModel.isBlank() ? DEFAULT_EMBEDDING_MODEL : embeddingModel;
        tuning = tuning == null ? RetrievalTuning.DEFAULT : tuning;
    }

    /** Defaults for everything but the data folder. */
    public static EngineConfig at(Path dataDir) {
        return new EngineConfig(dataDir, DEFAULT_MAX_FILE_BYTES, DEFAULT_EMBEDDING_MODEL, RetrievalTuning.DEFAULT);
    }

    public EngineConfig withMaxFileBytes(long bytes) {
        return new EngineConfig(dataDir, bytes, embeddingModel, tuning);
    }

    public EngineConfig withEmbeddingModel(String model) {
        return new EngineConfig(dataDir, maxFileBytes, model, tuning);
    }

    public EngineConfig withTuning(RetrievalTuning retrievalTuning) {
        return new EngineConfig(dataDir, maxFileBytes, embeddingModel, retrievalTuning);
    }
}
