package com.intelliclaim.engine.api;

/**
 * The index in the data folder was built with another embedding model (or dimension) than the one configured now.
 * Searching it would compare vectors from different spaces, so the engine refuses until {@code reindex} is run.
 */
public final class ModelMismatchException extends EngineException {
    public ModelMismatchException(String indexedModel, int indexedDimension, String currentModel, int currentDimension) {
        super("The index in this data folder was built with the embedding model " + indexedModel + " (" + indexedDimension
                + " dimensions), but the configured model is " + currentModel + " (" + currentDimension
                + " dimensions). Run the 'reindex' command to re-embed every document with the configured model.");
    }
}
