package com.intelliclaim.engine.embed;

import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.util.concurrent.Executor;

/**
 * langchain4j's in-process model over an encoder whose ONNX session we built ourselves (one intra-op thread, so that
 * parallelism comes from embedding several texts at once on the executor, and a session we can close).
 */
final class OrtEmbeddingModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;
    private final int dimension;

    OrtEmbeddingModel(OnnxBertBiEncoder encoder, int dimension, Executor executor) {
        super(executor);
        this.encoder = encoder;
        this.dimension = dimension;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }

    @Override
    protected Integer knownDimension() {
        return dimension;
    }
}
