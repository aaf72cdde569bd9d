package com.intelliclaim.app.cli;

import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.api.IntelliClaimEngine;
import com.intelliclaim.engine.retrieve.RetrievalTuning;
import com.intelliclaim.engine.store.DataFolder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that opens a data folder shares. */
public final class EngineOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "Data folder (database, indexes, logs). Default: $INTELLICLAIM_DATA or the user's data folder.")
    Path data;

    @Option(names = "--max-file-mb", paramLabel = "MB", defaultValue = "200",
            description = "Largest file accepted for ingest, in MB (default: ${DEFAULT-VALUE}).")
    long maxFileMb;

    @Option(names = "--model", paramLabel = "ID", defaultValue = EngineConfig.DEFAULT_EMBEDDING_MODEL,
            description = "Bundled embedding model: all-minilm-l6-v2-q (default) or all-minilm-l6-v2.")
    String model;

    @Option(names = "--tuning", paramLabel = "K=V,…", hidden = true,
            description = "Retrieval tuning experiment, e.g. vector=1,keyword=0.8,boost=0.5,rrf=60,candidates=50.")
    String tuning;

    public EngineConfig config() {
        Path dir = data != null ? data : DataFolder.defaultLocation();
        return new EngineConfig(dir, maxFileMb * 1024 * 1024, model,
                tuning == null ? RetrievalTuning.DEFAULT : RetrievalTuning.parse(tuning));
    }

    public IntelliClaimEngine open() {
        return IntelliClaimEngine.open(config());
    }
}
