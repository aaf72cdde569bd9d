package com.intelliclaim.engine.embed;

/**
 * Where an embedding model comes from: one of the {@link BundledModel}s (ONNX, inside the application) or a
 * {@link TorchScriptModel} folder the user points at (DJL's PyTorch engine). Knows the model's identity before the
 * model is loaded, so a data folder built with another model is noticed without loading anything.
 */
public interface EmbeddingModelSource {
    /** The stable id (stored with the index), the vector dimension and the most tokens read per text. */
    EmbeddingModelInfo info();

    /**
     * Loads the model into a new embedder (seconds; keep it). Throws
     * {@link com.intelliclaim.engine.api.ModelLoadException} with a plain reason when it cannot be loaded.
     */
    Embedder load();

    /**
     * A new token counter over the model's own tokenizer, without special tokens and without truncation. Throws
     * {@link com.intelliclaim.engine.api.ModelLoadException} when the tokenizer cannot be read.
     */
    ModelTokenCounter tokenCounter();
}
