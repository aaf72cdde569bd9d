package com.intelliclaim.app.settings;

import com.intelliclaim.engine.api.EngineConfig;
import com.intelliclaim.engine.embed.BundledModel;
import com.intelliclaim.engine.embed.EmbeddingModels;
import java.nio.file.Path;

/**
 * Which embedding model the data folder is searched with: one of the models bundled with the app (ONNX), or a
 * TorchScript model folder on DJL's PyTorch engine. The engine names the choice with a model reference (see
 * {@link EmbeddingModels}); {@link #of} and {@link #reference} convert.
 */
public enum EmbeddingChoice {
    QUANTISED("all-MiniLM-L6-v2, int8 (bundled, the default)", BundledModel.MINILM_L6_V2_Q.info().id()),
    FLOAT("all-MiniLM-L6-v2, full precision (bundled)", BundledModel.MINILM_L6_V2.info().id()),
    TORCHSCRIPT("A TorchScript model folder (PyTorch engine)", null);

    private final String label;
    private final String bundledId;

    EmbeddingChoice(String label, String bundledId) {
        this.label = label;
        this.bundledId = bundledId;
    }

    /** The choice a model reference names; a reference that names no bundled model is a TorchScript folder's. */
    public static EmbeddingChoice of(String reference) {
        if (reference == null || reference.isBlank()) {
            return of(EngineConfig.DEFAULT_EMBEDDING_MODEL);
        }
        for (EmbeddingChoice choice : values()) {
            if (reference.equals(choice.bundledId)) {
                return choice;
            }
        }
        return TORCHSCRIPT;
    }

    /** The folder of a TorchScript reference ({@code pytorch:FOLDER}); empty text for a bundled model. */
    public static String folderOf(String reference) {
        return reference != null && reference.startsWith(EmbeddingModels.PYTORCH_PREFIX)
                ? reference.substring(EmbeddingModels.PYTORCH_PREFIX.length()) : "";
    }

    /** The engine's reference for this choice; {@code folder} is used only for {@link #TORCHSCRIPT}. */
    public String reference(String folder) {
        return this == TORCHSCRIPT ? EmbeddingModels.pytorch(Path.of(folder.strip())) : bundledId;
    }

    @Override
    public String toString() {
        return label;
    }
}
