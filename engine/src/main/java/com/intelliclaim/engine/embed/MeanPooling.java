package com.intelliclaim.engine.embed;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.DataType;

/** sentence-transformers' mean pooling and normalisation, on DJL arrays. */
final class MeanPooling {
    private MeanPooling() {
    }

    /**
     * One unit-length vector per text: the mean of the token embeddings {@code [batch, tokens, dim]} over the
     * tokens whose attention mask {@code [batch, tokens]} is 1 (padding is left out), divided by its L2 norm. A model
     * output that is already one vector per text ({@code [batch, dim]}) is only normalised.
     */
    static NDArray pool(NDArray output, NDArray attentionMask) {
        NDArray pooled;
        if (output.getShape().dimension() == 3) {
            NDArray mask = attentionMask.toType(DataType.FLOAT32, false).expandDims(2);
            NDArray tokens = mask.sum(new int[] {1}).clip(1e-9f, Float.MAX_VALUE);
            pooled = output.mul(mask).sum(new int[] {1}).div(tokens);
        } else if (output.getShape().dimension() == 2) {
            pooled = output;
        } else {
            throw new IllegalArgumentException("the model's output has shape " + output.getShape()
                    + "; expected token embeddings [batch, tokens, dim] or vectors [batch, dim]");
        }
        return pooled.div(pooled.norm(new int[] {1}, true).clip(1e-12f, Float.MAX_VALUE));
    }
}
