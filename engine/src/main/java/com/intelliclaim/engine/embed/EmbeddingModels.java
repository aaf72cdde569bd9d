package com.intelliclaim.engine.embed;

import java.nio.file.Path;

/**
 * Reads a model reference as the configuration spells it: a bundled model id ({@code all-minilm-l6-v2-q},
 * {@code all-minilm-l6-v2}) or {@value #PYTORCH_PREFIX} followed by the folder of a TorchScript model.
 */
public final class EmbeddingModels {
    /** The prefix that marks a reference to a TorchScript model folder run on the PyTorch engine. */
    public static final String PYTORCH_PREFIX = "pytorch:";

    private EmbeddingModels() {
    }

    /**
     * The model a reference names. An unknown bundled id, or a folder that is not a usable TorchScript model folder,
     * is an {@link com.intelliclaim.engine.api.EngineException} that says why.
     */
    public static EmbeddingModelSource resolve(String reference) {
        if (reference != null && reference.startsWith(PYTORCH_PREFIX)) {
            return TorchScriptModel.at(Path.of(reference.substring(PYTORCH_PREFIX.length())));
        }
        return BundledModel.byId(reference);
    }

    /** The reference for a TorchScript model folder. */
    public static String pytorch(Path folder) {
        return PYTORCH_PREFIX + folder.toAbsolutePath().normalize();
    }
}
