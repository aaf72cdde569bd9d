package com.intelliclaim.engine.embed;

import com.intelliclaim.engine.api.EngineException;
import java.util.List;
import java.util.Objects;

/**
 * Normalises a model's output to unit length and refuses vectors that would poison the index: a wrong dimension, a
 * NaN or infinite component, or all zeros (whose direction is undefined). langchain4j normalises too, but only in
 * float precision and without these checks.
 */
final class VectorChecks {
    private VectorChecks() {
    }

    /** Refuses a missing list or a blank text, naming its position: there is nothing to embed. */
    static void requireTexts(List<String> texts) {
        Objects.requireNonNull(texts, "texts");
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i) == null || texts.get(i).isBlank()) {
                throw new EngineException("Text " + (i + 1) + " of " + texts.size()
                        + " given to the embedding model is empty; there is nothing to embed.");
            }
        }
    }

    /** A unit-length copy of the vector, or an {@link EngineException} naming the model and text position. */
    static float[] unitLength(float[] vector, int dimension, String modelId, String which) {
        if (vector == null || vector.length != dimension) {
            throw new EngineException("The embedding model " + modelId + " returned "
                    + (vector == null ? "no vector" : "a vector of " + vector.length + " numbers") + " for " + which
                    + " instead of " + dimension + " numbers.");
        }
        double sumOfSquares = 0;
        for (float component : vector) {
            if (!Float.isFinite(component)) {
                throw new EngineException("The embedding model " + modelId + " returned an invalid number ("
                        + component + ") in the vector for " + which + ".");
            }
            sumOfSquares += (double) component * component;
        }
        if (sumOfSquares == 0) {
            throw new EngineException("The embedding model " + modelId + " returned an all-zero vector for " + which
                    + ", which cannot be compared with anything.");
        }
        double norm = Math.sqrt(sumOfSquares);
        float[] unit = new float[dimension];
        for (int i = 0; i < dimension; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
