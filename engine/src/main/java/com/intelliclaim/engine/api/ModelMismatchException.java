package com.intelliclaim.engine.api;

import com.intelliclaim.engine.embed.EmbeddingModelInfo;

/**
 * The index in the data folder was built with another embedding model (or dimension, or number of tokens read per
 * passage) than the one configured now. Searching it would compare vectors from different spaces, so the engine
 * refuses until {@code reindex} is run.
 */
public final class ModelMismatchException extends EngineException {
    public ModelMismatchException(String indexedModel, int indexedDimension, String currentModel, int currentDimension) {
        super("The index in this data folder was built with the embedding model " + indexedModel + " (" + indexedDimension
                + " dimensions), but the configured model is " + currentModel + " (" + currentDimension
                + " dimensions). Run the 'reindex' command to re-embed every document with the configured model.");
    }

    private ModelMismatchException(String message) {
        super(message);
    }

    /** The mismatch between the model an index was built with and the configured one, explained for the user. */
    public static ModelMismatchException between(EmbeddingModelInfo indexed, EmbeddingModelInfo configured) {
        if (indexed.id().equals(configured.id()) && indexed.dimension() == configured.dimension()) {
            return new ModelMismatchException("The index in this data folder was built with the embedding model "
                    + indexed.id() + " reading up to " + indexed.maxTokens() + " tokens of each passage; this version"
                    + " reads " + configured.maxTokens() + ", so the stored vectors no longer match new ones. Run the"
                    + " 'reindex' command to re-embed every document (passages and their text stay as they are).");
        }
        return new ModelMismatchException(indexed.id(), indexed.dimension(), configured.id(), configured.dimension());
    }
}
