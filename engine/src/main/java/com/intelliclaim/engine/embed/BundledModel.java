package com.intelliclaim.engine.embed;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * The embedding models that ship inside the application (in the langchain4j model jars), so embedding works with no
 * network. The ONNX weights and tokenizer are read from the jar of the named langchain4j class; that class itself is
 * never initialised (its static initialiser would load a second copy of the model with default thread settings).
 */
public enum BundledModel implements EmbeddingModelSource {
    /** all-MiniLM-L6-v2, int8-quantised: about twice as fast, nearly the same vectors. The default. */
    MINILM_L6_V2_Q("all-minilm-l6-v2-q", AllMiniLmL6V2QuantizedEmbeddingModel.class),
    /** all-MiniLM-L6-v2 in full float precision. */
    MINILM_L6_V2("all-minilm-l6-v2", AllMiniLmL6V2EmbeddingModel.class);

    private static final int DIMENSION = 384;
    /**
     * Tokens read of each text, counting [CLS] and [SEP]. Passages are up to 250 tokens for keyword search and display;
     * their vectors come from the first 96 (sentence-transformers would read 256; the model was fine-tuned at 128).
     * Measured on the development set (all 17 documents, 30 questions, 24 decision scenarios): 96 kept every figure of
     * 128 (scoped hit@5 1.000, decisions 21/24, deciding clause cited 16/21) and raised scoped MRR 0.933 → 0.944 and
     * unscoped MRR 0.490 → 0.536; 80 and 64 each lost a scoped question (hit@5 0.967) and 64 two decisions. 96 embeds
     * a 101-page policy's passages with a fifth fewer tokens than 128.
     */
    private static final int MAX_TOKENS = 96;

    private final String id;
    private final Class<?> jarAnchor;

    BundledModel(String id, Class<?> jarAnchor) {
        this.id = id;
        this.jarAnchor = jarAnchor;
    }

    /**
     * The stable id, dimension (384) and token limit (96, including the two special tokens: the vector of a passage
     * comes from its first 94 tokens as {@link #tokenCounter()} counts them; the rest is cut off).
     */
    @Override
    public EmbeddingModelInfo info() {
        return new EmbeddingModelInfo(id, DIMENSION, MAX_TOKENS);
    }

    /**
     * A new token counter over this model's tokenizer, counting without special tokens and without truncation.
     * Loading takes about a tenth of a second: keep the result. Throws
     * {@link com.intelliclaim.engine.api.ModelLoadException} when the tokenizer cannot be read.
     */
    @Override
    public ModelTokenCounter tokenCounter() {
        return ModelTokenCounter.load(this);
    }

    /** Loads this model into a new embedder; see {@link OnnxEmbedder#load}. */
    @Override
    public OnnxEmbedder load() {
        return OnnxEmbedder.load(this);
    }

    /** The bundled model with this id; an unknown id is an error that lists the choices. */
    public static BundledModel byId(String id) {
        for (BundledModel model : values()) {
            if (model.id.equals(id)) {
                return model;
            }
        }
        throw new com.intelliclaim.engine.api.EngineException("There is no bundled embedding model '" + id
                + "'; choose one of: " + java.util.Arrays.stream(values()).map(m -> m.id)
                .collect(java.util.stream.Collectors.joining(", ")) + ".");
    }

    String onnxResource() {
        return "/" + id + ".onnx";
    }

    String tokenizerResource() {
        return "/" + id + "-tokenizer.json";
    }

    Class<?> jarAnchor() {
        return jarAnchor;
    }
}
